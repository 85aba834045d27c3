module.exports=[62290,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_apple-icon_png_route_actions_0jcl8aui56a1m.js.map