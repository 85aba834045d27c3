module.exports=[98627,a=>{"use strict";var b=a.i(7997);a.s(["default",0,function({children:a}){return(0,b.jsx)("div",{className:"staff",children:a})},"metadata",0,{robots:{index:!1,follow:!1}}])},74490,function(a){a.n(a.i(98627))}];

//# sourceMappingURL=app_%5Blang%5D_staff_layout_tsx_1_u786x17dzn2._.js.map