module.exports=[52040,(a,b,c)=>{}];

//# sourceMappingURL=_next-internal_server_app_%5Blang%5D_staff_homestays_page_actions_1bfaurx90bu15.js.map