module.exports=[66191,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_places_%5Bslug%5D_route_actions_1p-yiaqs73tkg.js.map