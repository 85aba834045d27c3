module.exports=[20900,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_%5B___rest%5D_route_actions_1zy12cuowwfae.js.map