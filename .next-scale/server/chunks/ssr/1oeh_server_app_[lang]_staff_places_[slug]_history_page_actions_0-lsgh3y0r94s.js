module.exports=[21099,(a,b,c)=>{}];

//# sourceMappingURL=1oeh_server_app_%5Blang%5D_staff_places_%5Bslug%5D_history_page_actions_0-lsgh3y0r94s.js.map