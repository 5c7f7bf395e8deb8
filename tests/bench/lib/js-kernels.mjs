// The plain JavaScript loops of the kernel table: the same formulas as the C++ core
// (cpp/activations/relu.cpp, numpy_semantics.h logistic, gelu.cpp), over Float64Arrays.
// JavaScript has no erfc, so GELU uses a port of musl's (the one the WASM build links).

export function inputAt(i) {
  // Knuth's multiplicative hash, as act::bench::input_at (cpp/bench/kernels_bench.h).
  return (Math.imul(i, 2654435761) >>> 0) / 4294967296 * 10 - 5;
}

export function fillInput(x) {
  for (let i = 0; i < x.length; i++) x[i] = inputAt(i);
}

function relu(x, out, n, leak) {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v <= 0 ? leak * v : v;
  }
}

function reluDash(x, out, n, leak) {
  for (let i = 0; i < n; i++) out[i] = x[i] <= 0 ? leak : 1;
}

function sigmoid(x, out, n) {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    const e = Math.exp(-Math.abs(v));
    out[i] = v >= 0 ? 1 / (1 + e) : e / (1 + e);
  }
}

function sigmoidDash(x, out, n) {
  for (let i = 0; i < n; i++) {
    const e = Math.exp(-Math.abs(x[i]));
    out[i] = e / ((1 + e) * (1 + e));
  }
}

const SQRT2 = Math.sqrt(2);
const SQRT_2PI = Math.sqrt(2 * 3.141592653589793);

function gelu(x, out, n) {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v === -Infinity ? -0 : 0.5 * v * erfc(-v / SQRT2);
  }
}

function geluDash(x, out, n) {
  for (let i = 0; i < n; i++) {
    const v = x[i];
    out[i] = v === Infinity ? 1 : v === -Infinity ? 0
      : 0.5 * erfc(-v / SQRT2) + v * Math.exp(-(v * v) / 2) / SQRT_2PI;
  }
}

// name -> (x, out, n, leak)
export const JS_KERNELS = {
  relu, "relu'": reluDash, leaky_relu: relu, "leaky_relu'": reluDash,
  sigmoid, "sigmoid'": sigmoidDash, gelu, "gelu'": geluDash,
};

// ---- erfc: musl src/math/erf.c (from FreeBSD s_erf.c), line for line ----
const words = new Float64Array(1);
const halves = new Uint32Array(words.buffer);  // [low, high] on little-endian machines
const erx = 8.45062911510467529297e-01;
const pp0 = 1.28379167095512558561e-01, pp1 = -3.25042107247001499370e-01, pp2 = -2.84817495755985104766e-02,
  pp3 = -5.77027029648944159157e-03, pp4 = -2.37630166566501626084e-05;
const qq1 = 3.97917223959155352819e-01, qq2 = 6.50222499887672944485e-02, qq3 = 5.08130628187576562776e-03,
  qq4 = 1.32494738004321644526e-04, qq5 = -3.96022827877536812320e-06;
const pa0 = -2.36211856075265944077e-03, pa1 = 4.14856118683748331666e-01, pa2 = -3.72207876035701323847e-01,
  pa3 = 3.18346619901161753674e-01, pa4 = -1.10894694282396677476e-01, pa5 = 3.54783043256182359371e-02,
  pa6 = -2.16637559486879084300e-03;
const qa1 = 1.06420880400844228286e-01, qa2 = 5.40397917702171048937e-01, qa3 = 7.18286544141962662868e-02,
  qa4 = 1.26171219808761642112e-01, qa5 = 1.36370839120290507362e-02, qa6 = 1.19844998467991074170e-02;
const ra0 = -9.86494403484714822705e-03, ra1 = -6.93858572707181764372e-01, ra2 = -1.05586262253232909814e+01,
  ra3 = -6.23753324503260060396e+01, ra4 = -1.62396669462573470355e+02, ra5 = -1.84605092906711035994e+02,
  ra6 = -8.12874355063065934246e+01, ra7 = -9.81432934416914548592e+00;
const sa1 = 1.96512716674392571292e+01, sa2 = 1.37657754143519042600e+02, sa3 = 4.34565877475229228821e+02,
  sa4 = 6.45387271733267880336e+02, sa5 = 4.29008140027567833386e+02, sa6 = 1.08635005541779435134e+02,
  sa7 = 6.57024977031928170135e+00, sa8 = -6.04244152148580987438e-02;
const rb0 = -9.86494292470009928597e-03, rb1 = -7.99283237680523006574e-01, rb2 = -1.77579549177547519889e+01,
  rb3 = -1.60636384855821916062e+02, rb4 = -6.37566443368389627722e+02, rb5 = -1.02509513161107724954e+03,
  rb6 = -4.83519191608651397019e+02;
const sb1 = 3.03380607434824582924e+01, sb2 = 3.25792512996573918826e+02, sb3 = 1.53672958608443695994e+03,
  sb4 = 3.19985821950859553908e+03, sb5 = 2.55305040643316442583e+03, sb6 = 4.74528541206955367215e+02,
  sb7 = -2.24409524465858183362e+01;

function erfc1(x) {
  const s = Math.abs(x) - 1;
  const P = pa0 + s * (pa1 + s * (pa2 + s * (pa3 + s * (pa4 + s * (pa5 + s * pa6)))));
  const Q = 1 + s * (qa1 + s * (qa2 + s * (qa3 + s * (qa4 + s * (qa5 + s * qa6)))));
  return 1 - erx - P / Q;
}

function erfc2(ix, x) {
  if (ix < 0x3ff40000) return erfc1(x);
  x = Math.abs(x);
  const s = 1 / (x * x);
  let R, S;
  if (ix < 0x4006db6d) {
    R = ra0 + s * (ra1 + s * (ra2 + s * (ra3 + s * (ra4 + s * (ra5 + s * (ra6 + s * ra7))))));
    S = 1.0 + s * (sa1 + s * (sa2 + s * (sa3 + s * (sa4 + s * (sa5 + s * (sa6 + s * (sa7 + s * sa8)))))));
  } else {
    R = rb0 + s * (rb1 + s * (rb2 + s * (rb3 + s * (rb4 + s * (rb5 + s * rb6)))));
    S = 1.0 + s * (sb1 + s * (sb2 + s * (sb3 + s * (sb4 + s * (sb5 + s * (sb6 + s * sb7))))));
  }
  words[0] = x;
  halves[0] = 0;  // SET_LOW_WORD(z, 0)
  const z = words[0];
  return Math.exp(-z * z - 0.5625) * Math.exp((z - x) * (z + x) + R / S) / x;
}

export function erfc(x) {
  words[0] = x;
  const hi = halves[1];
  const sign = hi >>> 31;
  const ix = hi & 0x7fffffff;
  if (ix >= 0x7ff00000) return 2 * sign + 1 / x;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1.0 - x;
    const z = x * x;
    const r = pp0 + z * (pp1 + z * (pp2 + z * (pp3 + z * pp4)));
    const s = 1.0 + z * (qq1 + z * (qq2 + z * (qq3 + z * (qq4 + z * qq5))));
    const y = r / s;
    if (sign || ix < 0x3fd00000) return 1.0 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return sign ? 2 - erfc2(ix, x) : erfc2(ix, x);
  return sign ? 2 - 2.2250738585072014e-308 : 2.2250738585072014e-308 * 2.2250738585072014e-308;
}
