// Whether Cytoscape's WebGL renderer is worth using here. Measured with `npm run bench`
// (tests/bench/render-bench.ts): on a machine without a GPU, Chromium's software WebGL
// (SwiftShader) was 2–8× slower than the canvas renderer at every size from 1k to 20k edges,
// so WebGL is only chosen when the browser reports a hardware renderer.
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|mesa offscreen/i;

let cached: boolean | undefined;

export function hardwareWebgl(): boolean {
  if (cached !== undefined) return cached;
  cached = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (gl) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      cached = !SOFTWARE_RENDERERS.test(renderer);
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    // No WebGL at all: the canvas renderer is the only choice, which `cached = false` records.
  }
  return cached;
}
