module.exports=[48098,(e,o,d)=>{}];

//# sourceMappingURL=_next-internal_server_app_api_corrections_route_actions_1s28wzx4yf11-.js.map