(function(){var d=document.documentElement,m=document.querySelector('meta[name="value-chain-page"]');if(!m)return;
var g=function(a){return m.getAttribute(a)||''},has=function(a,v){return(' '+g(a)+' ').indexOf(' '+v+' ')>=0},home=m.hasAttribute('data-home'),here=g('content');
var p=location.pathname.replace(/index\.html$/,''),s=location.search,h=location.hash;
if(p.slice(p.length-here.length)!==here)return;var b=p.slice(0,p.length-here.length);if(home&&/\/(en|zh)\//.test(b))return;
var lang=g('data-lang'),view=g('data-view'),product=g('data-product'),region=g('data-region'),rs=g('data-regions').split(' '),embed=m.hasAttribute('data-embed'),named=false,ok=!h,seen={},q=s.slice(1).split('&');
for(var i=0;ok&&i<q.length;i++){if(!q[i])continue;var j=q[i].indexOf('='),k=j<0?q[i]:q[i].slice(0,j),v;
try{v=decodeURIComponent((j<0?'':q[i].slice(j+1)).replace(/\+/g,' '))}catch(e){ok=false;break}
if(!has('data-keys',k))continue;if(seen[k]){ok=false;break}seen[k]=1;
if(k==='lang'&&(v==='zh'||v==='en')){lang=v;named=true}else if(k==='view'&&/^(path|compare|scenario)$/.test(v))view=v;
else if(k==='product'&&has('data-products',v))product=v;else if(k==='embed'&&/^(1|0|true|false)$/.test(v))embed=v==='1'||v==='true';else if(k==='region'&&has('data-regions',v))region=v===rs[0]?'':v;else ok=false}
if(home&&!named){var l=navigator.languages&&navigator.languages.length?navigator.languages:[navigator.language||''];
for(var n=0;n<l.length;n++){var t=String(l[n]).toLowerCase();if(t.indexOf('zh')===0)break;if(t.indexOf('en')===0){lang='en';break}}}
var go=function(u){d.style.visibility='hidden';location.replace(u)};
if(!s&&!h){if(home&&lang==='en')go(b+'en/');return}
var to=null;if(view==='path'){if(region)to=product&&!embed?lang+'/'+region+'/'+product+'/':null;else{to=lang+'/'+(product?product+'/':'');if(embed)to=product?to+'embed/':null}}else if(!product&&!embed&&!region)to=lang+'/'+view+'/';
if(ok&&to!==null){go(b+to);return}
if(home&&!named&&lang==='en'){go(b+'en/'+s+h);return}
d.setAttribute('data-pending','')})();
