// Check WCAG 2 AA contrast for every visible text in the widget's shadow root.
// Returns [] when all pass, else [{text, color, background, ratio}]. Run with page.evaluate.
() => {
  const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
  const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
  const lum = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  const background = (el) => {
    for (let node = el; node; ) {
      const rgba = parse(getComputedStyle(node).backgroundColor);
      if (rgba.length === 3 || (rgba.length === 4 && rgba[3] === 1)) return rgba.slice(0, 3);
      node = node.parentElement || (node.getRootNode() && node.getRootNode().host) || null;
    }
    return [255, 255, 255];
  };
  const root = document.querySelector("referral-router-widget").shadowRoot;
  const failures = [];
  for (const el of root.querySelectorAll("*")) {
    const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || !el.getClientRects().length || el.closest("[hidden]")) continue;
    const style = getComputedStyle(el);
    const fg = parse(style.color).slice(0, 3);
    const bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) {
      failures.push({ text: el.textContent.slice(0, 40), color: style.color,
        background: String(bg), ratio: Math.round(ratio * 100) / 100 });
    }
  }
  return failures;
}
