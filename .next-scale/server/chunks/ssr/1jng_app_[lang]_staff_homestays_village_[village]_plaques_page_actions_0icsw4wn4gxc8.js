module.exports=[91730,(a,b,c)=>{}];

//# sourceMappingURL=1jng_app_%5Blang%5D_staff_homestays_village_%5Bvillage%5D_plaques_page_actions_0icsw4wn4gxc8.js.map