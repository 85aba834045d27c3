module.exports=[62039,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_page_actions_1wlxlyuwa18id.js.map