// What gives a technology away on a page. Data, not logic: add a row to detect something new.
// Patterns are matched against script/link URLs, response headers, <meta name=generator>, and a
// bounded slice of inline script and markup text.

export type TechCategory =
  "cms" | "ecommerce" | "analytics" | "chat" | "payments" | "framework" | "hosting" | "server";

export interface TechSignature {
  name: string;
  category: TechCategory;
  /** Script src or stylesheet href. */
  asset?: RegExp;
  /** Response header name (lower-case) → value pattern. */
  headers?: Record<string, RegExp>;
  /** <meta name="generator"> content. */
  generator?: RegExp;
  /** Inline script text or markup. */
  html?: RegExp;
}

export const TECH_SIGNATURES: readonly TechSignature[] = [
  // CMS and site builders
  {
    name: "WordPress",
    category: "cms",
    generator: /wordpress/i,
    asset: /\/wp-(?:content|includes)\//,
  },
  {
    name: "Drupal",
    category: "cms",
    generator: /drupal/i,
    headers: { "x-drupal-cache": /./, "x-generator": /drupal/i },
  },
  { name: "Joomla", category: "cms", generator: /joomla/i },
  { name: "TYPO3", category: "cms", generator: /typo3/i },
  { name: "Ghost", category: "cms", generator: /ghost/i },
  { name: "HubSpot CMS", category: "cms", generator: /hubspot/i },
  { name: "Webflow", category: "cms", generator: /webflow/i, html: /data-wf-(?:site|page)=/ },
  {
    name: "Wix",
    category: "cms",
    headers: { "x-wix-request-id": /./ },
    asset: /static\.(?:wixstatic|parastorage)\.com/,
  },
  {
    name: "Squarespace",
    category: "cms",
    generator: /squarespace/i,
    asset: /static1?\.squarespace\.com/,
  },
  // E-commerce
  {
    name: "Shopify",
    category: "ecommerce",
    headers: { "x-shopid": /./, "x-shopify-stage": /./ },
    asset: /cdn\.shopify\.com/,
    html: /Shopify\.theme/,
  },
  {
    name: "WooCommerce",
    category: "ecommerce",
    asset: /\/plugins\/woocommerce\//,
    generator: /woocommerce/i,
  },
  {
    name: "Magento",
    category: "ecommerce",
    html: /Mage\.Cookies|mage\/cookies/,
    headers: { "x-magento-cache-debug": /./ },
  },
  // Analytics and tags
  {
    name: "Google Analytics",
    category: "analytics",
    asset: /googletagmanager\.com\/gtag\/js|google-analytics\.com\/(?:analytics|ga)\.js/,
    html: /\bgtag\(\s*['"]config['"]\s*,\s*['"]G-/,
  },
  {
    name: "Google Tag Manager",
    category: "analytics",
    asset: /googletagmanager\.com\/gtm\.js/,
    html: /googletagmanager\.com\/gtm\.js|GTM-[A-Z0-9]{4,}/,
  },
  { name: "Plausible", category: "analytics", asset: /plausible\.io\/js\// },
  { name: "Fathom", category: "analytics", asset: /cdn\.usefathom\.com/ },
  { name: "Matomo", category: "analytics", asset: /\/(?:matomo|piwik)\.js/, html: /_paq\.push/ },
  {
    name: "Segment",
    category: "analytics",
    asset: /cdn\.segment\.(?:com|io)\/analytics\.js/,
    html: /analytics\.load\(\s*['"]/,
  },
  {
    name: "Mixpanel",
    category: "analytics",
    asset: /cdn\.mxpnl\.com|mixpanel(?:-\d+)?(?:\.min)?\.js/,
  },
  { name: "Hotjar", category: "analytics", asset: /static\.hotjar\.com/, html: /hjid\s*:/ },
  {
    name: "PostHog",
    category: "analytics",
    asset: /posthog(?:-js)?[./]|\/static\/array\.js/,
    html: /posthog\.init\(/,
  },
  {
    name: "Meta Pixel",
    category: "analytics",
    asset: /connect\.facebook\.net\/[^/]+\/fbevents\.js/,
    html: /\bfbq\(\s*['"]init['"]/,
  },
  { name: "HubSpot", category: "analytics", asset: /js\.hs-scripts\.com|js\.hs-analytics\.net/ },
  {
    name: "LinkedIn Insight Tag",
    category: "analytics",
    asset: /snap\.licdn\.com\/li\.lms-analytics/,
    html: /_linkedin_partner_id/,
  },
  // Chat and support widgets
  {
    name: "Intercom",
    category: "chat",
    asset: /widget\.intercom\.io|js\.intercomcdn\.com/,
    html: /window\.intercomSettings|Intercom\(\s*['"]boot['"]/,
  },
  { name: "Drift", category: "chat", asset: /js\.driftt\.com/, html: /drift\.load\(/ },
  { name: "Crisp", category: "chat", asset: /client\.crisp\.chat/, html: /CRISP_WEBSITE_ID/ },
  { name: "Zendesk", category: "chat", asset: /static\.zdassets\.com/ },
  { name: "Tawk.to", category: "chat", asset: /embed\.tawk\.to/ },
  { name: "LiveChat", category: "chat", asset: /cdn\.livechatinc\.com/ },
  { name: "Olark", category: "chat", asset: /static\.olark\.com/ },
  // Payments
  { name: "Stripe", category: "payments", asset: /js\.stripe\.com/ },
  { name: "PayPal", category: "payments", asset: /paypal\.com\/sdk\/js|paypalobjects\.com/ },
  { name: "Paddle", category: "payments", asset: /cdn\.paddle\.com/ },
  { name: "Braintree", category: "payments", asset: /js\.braintreegateway\.com/ },
  { name: "Chargebee", category: "payments", asset: /js\.chargebee\.com/ },
  { name: "Klarna", category: "payments", asset: /klarna(?:cdn|services)?\.(?:com|net)/ },
  // Front-end frameworks
  {
    name: "Next.js",
    category: "framework",
    headers: { "x-powered-by": /next\.js/i },
    asset: /\/_next\/static\//,
    html: /__NEXT_DATA__/,
  },
  { name: "Nuxt", category: "framework", asset: /\/_nuxt\//, html: /window\.__NUXT__/ },
  { name: "Gatsby", category: "framework", generator: /gatsby/i, html: /id="___gatsby"/ },
  { name: "Astro", category: "framework", generator: /astro/i, html: /<astro-island/ },
  {
    name: "SvelteKit",
    category: "framework",
    asset: /\/_app\/immutable\//,
    html: /data-sveltekit-/,
  },
  { name: "Remix", category: "framework", html: /__remixContext/ },
  { name: "Angular", category: "framework", html: /\bng-version="/ },
  {
    name: "React",
    category: "framework",
    asset: /react(?:-dom)?(?:\.production)?(?:\.min)?\.js/,
    html: /data-reactroot|__NEXT_DATA__|___gatsby/,
  },
  {
    name: "Vue.js",
    category: "framework",
    asset: /\/vue(?:@[\d.]+)?(?:\/dist\/vue)?(?:\.global)?(?:\.prod)?(?:\.min)?\.js/,
    html: /\sdata-v-[0-9a-f]{8}|__NUXT__/,
  },
  { name: "jQuery", category: "framework", asset: /jquery(?:[.-]\d[\d.]*)?(?:\.min)?\.js/ },
  {
    name: "Bootstrap",
    category: "framework",
    asset: /bootstrap(?:\.bundle)?(?:\.min)?\.(?:css|js)/,
  },
  { name: "Laravel", category: "framework", headers: { "set-cookie": /laravel_session=/ } },
  {
    name: "Ruby on Rails",
    category: "framework",
    html: /<meta name="csrf-param" content="authenticity_token"/,
  },
  { name: "Express", category: "server", headers: { "x-powered-by": /^express$/i } },
  { name: "PHP", category: "server", headers: { "x-powered-by": /php/i } },
  { name: "nginx", category: "server", headers: { server: /nginx/i } },
  { name: "Apache", category: "server", headers: { server: /apache/i } },
  // Hosting and CDN
  { name: "Cloudflare", category: "hosting", headers: { "cf-ray": /./, server: /cloudflare/i } },
  { name: "Vercel", category: "hosting", headers: { "x-vercel-id": /./, server: /vercel/i } },
  { name: "Netlify", category: "hosting", headers: { "x-nf-request-id": /./, server: /netlify/i } },
  { name: "Amazon CloudFront", category: "hosting", headers: { "x-amz-cf-id": /./ } },
];
