module.exports=[18094,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_api_staff_places_%5Bslug%5D_archive_route_actions_0wyvlo9hkonje.js.map