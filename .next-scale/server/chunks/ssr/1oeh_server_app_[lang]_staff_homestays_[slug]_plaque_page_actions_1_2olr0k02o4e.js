module.exports=[64577,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%5Blang%5D_staff_homestays_%5Bslug%5D_plaque_page_actions_1_2olr0k02o4e.js.map