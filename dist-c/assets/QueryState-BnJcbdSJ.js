import{r as e}from"./rolldown-runtime-XKyaHtl9.js";import{F as t,I as n,J as r,P as i,T as a,at as o,ft as s,ht as c,it as l,kt as u,mt as d,rt as f,t as p}from"./Typography-DlinyxiU.js";import{h as m,l as h,t as g}from"./Stack-C6sXmG4_.js";import{i as _}from"./errors-341o06QA.js";function v(e){return String(e).match(/[\d.\-+]*\s*(.*)/)[1]||``}function y(e){return parseFloat(e)}var b=e(u(),1);function x(e){return l(`MuiSkeleton`,e)}f(`MuiSkeleton`,[`root`,`text`,`rectangular`,`rounded`,`circular`,`pulse`,`wave`,`withChildren`,`fitContent`,`heightAuto`]);var S=s(),C=e=>{let{classes:t,variant:n,animation:i,hasChildren:a,width:o,height:s}=e;return r({root:[`root`,n,i,a&&`withChildren`,a&&!o&&`fitContent`,a&&!s&&`heightAuto`]},x,t)},w=c`
  0% {
    opacity: 1;
  }

  50% {
    opacity: 0.4;
  }

  100% {
    opacity: 1;
  }
`,T=c`
  0% {
    transform: translateX(-100%);
  }

  50% {
    /* +0.5s of delay between each loop */
    transform: translateX(100%);
  }

  100% {
    transform: translateX(100%);
  }
`,E=typeof w==`string`?null:d`
        animation: ${w} 2s ease-in-out 0.5s infinite;
      `,D=typeof T==`string`?null:d`
        &::after {
          animation: ${T} 2s linear 0.5s infinite;
        }
      `,O=n(`span`,{name:`MuiSkeleton`,slot:`Root`,overridesResolver:(e,t)=>{let{ownerState:n}=e;return[t.root,t[n.variant],n.animation!==!1&&t[n.animation],n.hasChildren&&t.withChildren,n.hasChildren&&!n.width&&t.fitContent,n.hasChildren&&!n.height&&t.heightAuto]}})(i(({theme:e})=>{let t=v(e.shape.borderRadius)||`px`,n=y(e.shape.borderRadius),r=a(e,{animation:`none`}),i=a(e,{"&::after":{animation:`none`,display:`none`}});return{display:`block`,backgroundColor:e.vars?e.vars.palette.Skeleton.bg:e.alpha(e.palette.text.primary,e.palette.mode===`light`?.11:.13),height:`1.2em`,variants:[{props:{variant:`text`},style:{marginTop:0,marginBottom:0,height:`auto`,transformOrigin:`0 55%`,transform:`scale(1, 0.60)`,borderRadius:`${n}${t}/${Math.round(n/.6*10)/10}${t}`,"&:empty:before":{content:`"\\00a0"`}}},{props:{variant:`circular`},style:{borderRadius:`50%`}},{props:{variant:`rounded`},style:{borderRadius:(e.vars||e).shape.borderRadius}},{props:({ownerState:e})=>e.hasChildren,style:{"& > *":{visibility:`hidden`}}},{props:({ownerState:e})=>e.hasChildren&&!e.width,style:{maxWidth:`fit-content`}},{props:({ownerState:e})=>e.hasChildren&&!e.height,style:{height:`auto`}},{props:{animation:`pulse`},style:E||{animation:`${w} 2s ease-in-out 0.5s infinite`}},...r?[{props:{animation:`pulse`},style:r}]:[],{props:{animation:`wave`},style:{position:`relative`,overflow:`hidden`,WebkitMaskImage:`-webkit-radial-gradient(white, black)`,"&::after":{background:`linear-gradient(
                90deg,
                transparent,
                ${(e.vars||e).palette.action.hover},
                transparent
              )`,content:`""`,position:`absolute`,transform:`translateX(-100%)`,bottom:0,left:0,right:0,top:0}}},{props:{animation:`wave`},style:D||{"&::after":{animation:`${T} 2s linear 0.5s infinite`}}},...i?[{props:{animation:`wave`},style:i}]:[]]}})),k=b.forwardRef(function(e,n){let r=t({props:e,name:`MuiSkeleton`}),{animation:i=`pulse`,className:a,component:s=`span`,height:c,style:l,variant:u=`text`,width:d,...f}=r,p={...r,animation:i,component:s,variant:u,hasChildren:!!f.children},m=C(p);return(0,S.jsx)(O,{as:s,ref:n,className:o(m.root,a),ownerState:p,...f,style:{width:d,height:c,...l}})});function A({query:e,children:t,isEmpty:n,empty:r,skeleton:i,label:a=`Loading`}){let o=()=>void e.refetch();if(e.data!==void 0){let i=n?.(e.data)?r??(0,S.jsx)(p,{color:`text.secondary`,children:m(`Nothing here yet.`)}):t(e.data);return(0,S.jsxs)(S.Fragment,{children:[e.error?(0,S.jsx)(h,{severity:`warning`,title:m(`Showing earlier data: the refresh failed`),error:e.error,onRetry:o}):null,i]})}return e.error?(0,S.jsx)(h,{error:e.error,onRetry:_(e.error)&&e.error.kind===`notFound`?void 0:o}):e.isPending?i??(0,S.jsxs)(g,{spacing:1,role:`progressbar`,"aria-label":a,"aria-busy":`true`,children:[(0,S.jsx)(k,{variant:`text`,width:`40%`}),(0,S.jsx)(k,{variant:`rectangular`,height:24}),(0,S.jsx)(k,{variant:`rectangular`,height:24}),(0,S.jsx)(k,{variant:`rectangular`,height:24})]}):(0,S.jsx)(S.Fragment,{children:r??(0,S.jsx)(p,{color:`text.secondary`,children:m(`Nothing here yet.`)})})}export{k as n,A as t};
//# sourceMappingURL=QueryState-BnJcbdSJ.js.map