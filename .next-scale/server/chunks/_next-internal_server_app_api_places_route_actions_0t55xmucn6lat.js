module.exports=[34150,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_places_route_actions_0t55xmucn6lat.js.map