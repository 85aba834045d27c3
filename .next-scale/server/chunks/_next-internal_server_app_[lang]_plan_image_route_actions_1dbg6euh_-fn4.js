module.exports=[64303,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_plan_image_route_actions_1dbg6euh_-fn4.js.map