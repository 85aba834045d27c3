module.exports=[17645,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_users_route_actions_0rxdkz93kg3ug.js.map