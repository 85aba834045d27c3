module.exports=[81429,a=>{"use strict";var b=a.i(87924);a.s(["PrintButton",0,function({label:a}){return(0,b.jsx)("button",{type:"button",className:"button button--primary",onClick:()=>window.print(),children:a})}])}];

//# sourceMappingURL=components_staff_print-button_tsx_1x292smuxswr_._.js.map