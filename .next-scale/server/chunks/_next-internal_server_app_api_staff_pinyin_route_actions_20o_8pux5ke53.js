module.exports=[99809,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_staff_pinyin_route_actions_20o_8pux5ke53.js.map