module.exports=[46404,(e,o,d)=>{}];

//# sourceMappingURL=1oeh_server_app_api_staff_corrections_%5Bid%5D_reject_route_actions_1127nij-99_zj.js.map