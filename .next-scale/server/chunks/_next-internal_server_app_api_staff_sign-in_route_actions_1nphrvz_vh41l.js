module.exports=[93845,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_sign-in_route_actions_1nphrvz_vh41l.js.map