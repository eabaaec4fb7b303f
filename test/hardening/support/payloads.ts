/**
 * Script-injection payloads for the XSS suite. Every payload that could run code calls the
 * global canary `xss()` (alert/confirm/prompt are trapped too), so "nothing executed" is one
 * counter staying at zero. Grouped by how they try to get in; the sources are the OWASP XSS
 * filter evasion cheat sheet, PortSwigger's XSS cheat sheet and the mXSS literature.
 */

/** Markup that would run if a widget ever turned feed text into HTML. */
export const HTML_PAYLOADS: readonly string[] = [
  '<script>xss()</script>',
  '<ScRiPt>xss()</sCrIpT>',
  '<script src="data:,xss()"></script>',
  '<img src=x onerror=xss()>',
  '<IMG SRC=x OnErRoR=xss()>',
  '<img src="x" onerror="xss()">',
  '"><img src=x onerror=xss()>',
  "'><img src=x onerror=xss()>",
  '</p><img src=x onerror=xss()>',
  '</span></article><img src=x onerror=xss()>',
  '<svg onload=xss()>',
  '<svg/onload=xss()>',
  '<svg><script>xss()</script></svg>',
  '<svg><a xlink:href="javascript:xss()"><text x="20" y="20">click</text></a></svg>',
  '<svg><animate onbegin=xss() attributeName=x dur=1s>',
  '<math><mtext><table><mglyph><style><img src=x onerror=xss()>',
  '<iframe src="javascript:xss()"></iframe>',
  '<iframe srcdoc="<script>parent.xss()</script>"></iframe>',
  '<body onload=xss()>',
  '<details open ontoggle=xss()>',
  '<input autofocus onfocus=xss()>',
  '<video><source onerror=xss()></video>',
  '<audio src=x onerror=xss()>',
  '<object data="javascript:xss()"></object>',
  '<embed src="javascript:xss()">',
  '<a href="javascript:xss()">click</a>',
  '<form action="javascript:xss()"><button>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:xss()">',
  '<base href="javascript:xss()//">',
  '<link rel=stylesheet href="javascript:xss()">',
  "<style>@import 'javascript:xss()';</style>",
  '<div style="background:url(javascript:xss())">',
  '<marquee onstart=xss()>',
  '<template><img src=x onerror=xss()></template>',
  '<noscript><p title="</noscript><img src=x onerror=xss()>">',
  '<!--<img src="--><img src=x onerror=xss()//">',
  '<scr<script>ipt>xss()</scr</script>ipt>',
  '<img src=x onerror=&#x78;ss()>',
  '<x onclick=xss()>click',
  '<img src=x onerror="window[\'xs\'+\'s\']()">',
  "<img src=x:x onerror=eval(atob('eHNzKCk='))>",
  '<a href="&#106;avascript:xss()">x</a>',
  // Entity- and escape-encoded: must show literally, never be decoded into markup.
  '&lt;script&gt;xss()&lt;/script&gt;',
  '&#60;img src=x onerror=xss()&#62;',
  '\\u003cimg src=x onerror=xss()\\u003e',
  // Template syntaxes of other frameworks a host page may run.
  '${xss()}',
  "{{constructor.constructor('xss()')()}}",
  // Polyglot (0xSobky).
  'jaVasCript:/*-/*`/*\\`/*\'/*"/**/(/* */oNcliCk=xss() )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=xss()//>\\x3e',
  // Line breaks that try to start a new property in a downloaded vCard or calendar file.
  'Name\r\nURL:javascript:xss()\r\nATTACH:https://evil.example/x',
];

/** Addresses that must never become a link or an image (only http(s) may). */
export const URL_PAYLOADS: readonly string[] = [
  'javascript:xss()',
  'JaVaScRiPt:xss()',
  ' javascript:xss()',
  'java\tscript:xss()',
  'java\nscript:xss()',
  '\u0001javascript:xss()',
  'javas\u0000cript:xss()',
  'javascript&colon;xss()',
  '&#106;avascript:xss()',
  '&#x6A;avascript:xss()',
  'jav&#x09;ascript:xss()',
  '%6A%61%76%61%73%63%72%69%70%74:xss()',
  'javascript://%0Axss()',
  'data:text/html,<script>xss()</script>',
  'data:text/html;base64,PHNjcmlwdD54c3MoKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=xss()>',
  'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9eHNzKCk+',
  'vbscript:msgbox(1)',
  'VBScript:xss()',
  'file:///etc/passwd',
  'blob:https://evil.example/0f3a',
  'about:blank',
  'ms-settings:',
  'intent://evil#Intent;scheme=http;end',
  'https://gov.kz@evil.example/',
  '\\\\evil.example\\share',
  // These are http(s) and may be linked: quotes and brackets must arrive percent-encoded.
  'https://example.kz/"onmouseover="xss()',
  'https://example.kz/<script>xss()</script>',
  '//evil.example/%2F..',
];

export const PAYLOADS: readonly string[] = [...HTML_PAYLOADS, ...URL_PAYLOADS];
