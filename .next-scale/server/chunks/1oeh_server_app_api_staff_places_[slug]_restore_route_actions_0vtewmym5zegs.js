module.exports=[22493,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_api_staff_places_%5Bslug%5D_restore_route_actions_0vtewmym5zegs.js.map