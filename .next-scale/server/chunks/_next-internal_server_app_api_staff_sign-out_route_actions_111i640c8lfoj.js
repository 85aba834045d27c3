module.exports=[42301,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_sign-out_route_actions_111i640c8lfoj.js.map