module.exports=[52189,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_places_route_actions_052m3a90r9j4j.js.map