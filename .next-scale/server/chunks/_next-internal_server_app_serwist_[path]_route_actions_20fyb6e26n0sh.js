module.exports=[90826,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_serwist_%5Bpath%5D_route_actions_20fyb6e26n0sh.js.map