module.exports=[44439,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_plan_poster_route_actions_0sl-xxr140b5k.js.map