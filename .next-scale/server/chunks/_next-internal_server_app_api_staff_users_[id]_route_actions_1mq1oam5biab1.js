module.exports=[34236,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_users_%5Bid%5D_route_actions_1mq1oam5biab1.js.map