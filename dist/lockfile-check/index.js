import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // Module factories kept as strings (scripts/lazy-modules.js): compiled on first require only.
/******/ var __nccwpck_lazy = (params, body, withThis) => function (...args) {
/******/ 	return Function(...params, body).apply(withThis ? this : undefined, args);
/******/ };
/******/ var __webpack_modules__ = ({

/***/ 5021: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst ANY = Symbol('SemVer ANY')\n// hoisted class for cyclic dependency\nclass Comparator {\n  static get ANY () {\n    return ANY\n  }\n\n  constructor (comp, options) {\n    options = parseOptions(options)\n\n    if (comp instanceof Comparator) {\n      if (comp.loose === !!options.loose) {\n        return comp\n      } else {\n        comp = comp.value\n      }\n    }\n\n    comp = comp.trim().split(/\\s+/).join(' ')\n    debug('comparator', comp, options)\n    this.options = options\n    this.loose = !!options.loose\n    this.parse(comp)\n\n    if (this.semver === ANY) {\n      this.value = ''\n    } else {\n      this.value = this.operator + this.semver.version\n    }\n\n    debug('comp', this)\n  }\n\n  parse (comp) {\n    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]\n    const m = comp.match(r)\n\n    if (!m) {\n      throw new TypeError(`Invalid comparator: ${comp}`)\n    }\n\n    this.operator = m[1] !== undefined ? m[1] : ''\n    if (this.operator === '=') {\n      this.operator = ''\n    }\n\n    // if it literally is just '>' or '' then allow anything.\n    if (!m[2]) {\n      this.semver = ANY\n    } else {\n      this.semver = new SemVer(m[2], this.options.loose)\n    }\n  }\n\n  toString () {\n    return this.value\n  }\n\n  test (version) {\n    debug('Comparator.test', version, this.options.loose)\n\n    if (this.semver === ANY || version === ANY) {\n      return true\n    }\n\n    if (typeof version === 'string') {\n      try {\n        version = new SemVer(version, this.options)\n      } catch (er) {\n        return false\n      }\n    }\n\n    return cmp(version, this.operator, this.semver, this.options)\n  }\n\n  intersects (comp, options) {\n    if (!(comp instanceof Comparator)) {\n      throw new TypeError('a Comparator is required')\n    }\n\n    if (this.operator === '') {\n      if (this.value === '') {\n        return true\n      }\n      return new Range(comp.value, options).test(this.value)\n    } else if (comp.operator === '') {\n      if (comp.value === '') {\n        return true\n      }\n      return new Range(this.value, options).test(comp.semver)\n    }\n\n    options = parseOptions(options)\n\n    // Special cases where nothing can possibly be lower\n    if (options.includePrerelease &&\n      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {\n      return false\n    }\n    if (!options.includePrerelease &&\n      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {\n      return false\n    }\n\n    // Same direction increasing (> or >=)\n    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {\n      return true\n    }\n    // Same direction decreasing (< or <=)\n    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {\n      return true\n    }\n    // same SemVer and both sides are inclusive (<= or >=)\n    if (\n      (this.semver.version === comp.semver.version) &&\n      this.operator.includes('=') && comp.operator.includes('=')) {\n      return true\n    }\n    // opposite directions less than\n    if (cmp(this.semver, '<', comp.semver, options) &&\n      this.operator.startsWith('>') && comp.operator.startsWith('<')) {\n      return true\n    }\n    // opposite directions greater than\n    if (cmp(this.semver, '>', comp.semver, options) &&\n      this.operator.startsWith('<') && comp.operator.startsWith('>')) {\n      return true\n    }\n    return false\n  }\n}\n\nmodule.exports = Comparator\n\nconst parseOptions = __nccwpck_require__(9302)\nconst { safeRe: re, t } = __nccwpck_require__(8105)\nconst cmp = __nccwpck_require__(2676)\nconst debug = __nccwpck_require__(7137)\nconst SemVer = __nccwpck_require__(5573)\nconst Range = __nccwpck_require__(7668)\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/classes/comparator.js"),

/***/ 7668: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SPACE_CHARACTERS = /\\s+/g\n\n// hoisted class for cyclic dependency\nclass Range {\n  constructor (range, options) {\n    options = parseOptions(options)\n\n    if (range instanceof Range) {\n      if (\n        range.loose === !!options.loose &&\n        range.includePrerelease === !!options.includePrerelease\n      ) {\n        return range\n      } else {\n        return new Range(range.raw, options)\n      }\n    }\n\n    if (range instanceof Comparator) {\n      // just put it in the set and return\n      this.raw = range.value\n      this.set = [[range]]\n      this.formatted = undefined\n      return this\n    }\n\n    this.options = options\n    this.loose = !!options.loose\n    this.includePrerelease = !!options.includePrerelease\n\n    // First reduce all whitespace as much as possible so we do not have to rely\n    // on potentially slow regexes like \\s*. This is then stored and used for\n    // future error messages as well.\n    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')\n\n    // First, split on ||\n    this.set = this.raw\n      .split('||')\n      // map the range to a 2d array of comparators\n      .map(r => this.parseRange(r.trim()))\n      // throw out any comparator lists that are empty\n      // this generally means that it was not a valid range, which is allowed\n      // in loose mode, but will still throw if the WHOLE range is invalid.\n      .filter(c => c.length)\n\n    if (!this.set.length) {\n      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)\n    }\n\n    // if we have any that are not the null set, throw out null sets.\n    if (this.set.length > 1) {\n      // keep the first one, in case they're all null sets\n      const first = this.set[0]\n      this.set = this.set.filter(c => !isNullSet(c[0]))\n      if (this.set.length === 0) {\n        this.set = [first]\n      } else if (this.set.length > 1) {\n        // if we have any that are *, then the range is just *\n        for (const c of this.set) {\n          if (c.length === 1 && isAny(c[0])) {\n            this.set = [c]\n            break\n          }\n        }\n      }\n    }\n\n    this.formatted = undefined\n  }\n\n  get range () {\n    if (this.formatted === undefined) {\n      this.formatted = ''\n      for (let i = 0; i < this.set.length; i++) {\n        if (i > 0) {\n          this.formatted += '||'\n        }\n        const comps = this.set[i]\n        for (let k = 0; k < comps.length; k++) {\n          if (k > 0) {\n            this.formatted += ' '\n          }\n          this.formatted += comps[k].toString().trim()\n        }\n      }\n    }\n    return this.formatted\n  }\n\n  format () {\n    return this.range\n  }\n\n  toString () {\n    return this.range\n  }\n\n  parseRange (range) {\n    // strip build metadata so it can't bleed into the version\n    range = range.replace(BUILDSTRIPRE, '')\n\n    // memoize range parsing for performance.\n    // this is a very hot path, and fully deterministic.\n    const memoOpts =\n      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |\n      (this.options.loose && FLAG_LOOSE)\n    const memoKey = memoOpts + ':' + range\n    const cached = cache.get(memoKey)\n    if (cached) {\n      return cached\n    }\n\n    const loose = this.options.loose\n    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`\n    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]\n    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))\n    debug('hyphen replace', range)\n\n    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`\n    range = trimComparatorWhitespace(range)\n    debug('comparator trim', range)\n\n    // `~ 1.2.3` => `~1.2.3`\n    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)\n    debug('tilde trim', range)\n\n    // `^ 1.2.3` => `^1.2.3`\n    range = range.replace(re[t.CARETTRIM], caretTrimReplace)\n    debug('caret trim', range)\n\n    // At this point, the range is completely trimmed and\n    // ready to be split into comparators.\n\n    let rangeList = range\n      .split(' ')\n      .map(comp => parseComparator(comp, this.options))\n      .join(' ')\n      .split(/\\s+/)\n      // >=0.0.0 is equivalent to *\n      .map(comp => replaceGTE0(comp, this.options))\n\n    if (loose) {\n      // in loose mode, throw out any that are not valid comparators\n      rangeList = rangeList.filter(comp => {\n        debug('loose invalid filter', comp, this.options)\n        return !!comp.match(re[t.COMPARATORLOOSE])\n      })\n    }\n    debug('range list', rangeList)\n\n    // if any comparators are the null set, then replace with JUST null set\n    // if more than one comparator, remove any * comparators\n    // also, don't include the same comparator more than once\n    const rangeMap = new Map()\n    const comparators = rangeList.map(comp => new Comparator(comp, this.options))\n    for (const comp of comparators) {\n      if (isNullSet(comp)) {\n        return [comp]\n      }\n      rangeMap.set(comp.value, comp)\n    }\n    if (rangeMap.size > 1 && rangeMap.has('')) {\n      rangeMap.delete('')\n    }\n\n    const result = [...rangeMap.values()]\n    cache.set(memoKey, result)\n    return result\n  }\n\n  intersects (range, options) {\n    if (!(range instanceof Range)) {\n      throw new TypeError('a Range is required')\n    }\n\n    return this.set.some((thisComparators) => {\n      return (\n        isSatisfiable(thisComparators, options) &&\n        range.set.some((rangeComparators) => {\n          return (\n            isSatisfiable(rangeComparators, options) &&\n            thisComparators.every((thisComparator) => {\n              return rangeComparators.every((rangeComparator) => {\n                return thisComparator.intersects(rangeComparator, options)\n              })\n            })\n          )\n        })\n      )\n    })\n  }\n\n  // if ANY of the sets match ALL of its comparators, then pass\n  test (version) {\n    if (!version) {\n      return false\n    }\n\n    if (typeof version === 'string') {\n      try {\n        version = new SemVer(version, this.options)\n      } catch (er) {\n        return false\n      }\n    }\n\n    for (let i = 0; i < this.set.length; i++) {\n      if (testSet(this.set[i], version, this.options)) {\n        return true\n      }\n    }\n    return false\n  }\n}\n\nmodule.exports = Range\n\nconst LRU = __nccwpck_require__(1961)\nconst cache = new LRU()\n\nconst parseOptions = __nccwpck_require__(9302)\nconst Comparator = __nccwpck_require__(5021)\nconst debug = __nccwpck_require__(7137)\nconst SemVer = __nccwpck_require__(5573)\nconst trimComparatorWhitespace = __nccwpck_require__(4043)\nconst {\n  safeRe: re,\n  src,\n  t,\n  tildeTrimReplace,\n  caretTrimReplace,\n} = __nccwpck_require__(8105)\nconst { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(2311)\n\n// unbounded global build-metadata stripper used by parseRange\nconst BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')\n\nconst isNullSet = c => c.value === '<0.0.0-0'\nconst isAny = c => c.value === ''\n\n// take a set of comparators and determine whether there\n// exists a version which can satisfy it\nconst isSatisfiable = (comparators, options) => {\n  let result = true\n  const remainingComparators = comparators.slice()\n  let testComparator = remainingComparators.pop()\n\n  while (result && remainingComparators.length) {\n    result = remainingComparators.every((otherComparator) => {\n      return testComparator.intersects(otherComparator, options)\n    })\n\n    testComparator = remainingComparators.pop()\n  }\n\n  return result\n}\n\n// comprised of xranges, tildes, stars, and gtlt's at this point.\n// already replaced the hyphen ranges\n// turn into a set of JUST comparators.\nconst parseComparator = (comp, options) => {\n  comp = comp.replace(re[t.BUILD], '')\n  debug('comp', comp, options)\n  comp = replaceCarets(comp, options)\n  debug('caret', comp)\n  comp = replaceTildes(comp, options)\n  debug('tildes', comp)\n  comp = replaceXRanges(comp, options)\n  debug('xrange', comp)\n  comp = replaceStars(comp, options)\n  debug('stars', comp)\n  return comp\n}\n\nconst isX = id => !id || id.toLowerCase() === 'x' || id === '*'\n\nconst invalidXRangeOrder = (M, m, p) => (\n  (isX(M) && !isX(m)) ||\n  (isX(m) && p && !isX(p))\n)\n\n// ~, ~> --> * (any, kinda silly)\n// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0\n// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0\n// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0\n// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0\n// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0\n// ~0.0.1 --> >=0.0.1 <0.1.0-0\nconst replaceTildes = (comp, options) => {\n  return comp\n    .trim()\n    .split(/\\s+/)\n    .map((c) => replaceTilde(c, options))\n    .join(' ')\n}\n\nconst replaceTilde = (comp, options) => {\n  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]\n  // if we're including prereleases in the match, then the lower bound is\n  // -0, the lowest possible prerelease value, just like x-ranges and carets.\n  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.\n  const z = options.includePrerelease ? '-0' : ''\n  return comp.replace(r, (_, M, m, p, pr) => {\n    debug('tilde', comp, _, M, m, p, pr)\n    let ret\n\n    if (isX(M)) {\n      ret = ''\n    } else if (isX(m)) {\n      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`\n    } else if (isX(p)) {\n      // ~1.2 == >=1.2.0 <1.3.0-0\n      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`\n    } else if (pr) {\n      debug('replaceTilde pr', pr)\n      ret = `>=${M}.${m}.${p}-${pr\n      } <${M}.${+m + 1}.0-0`\n    } else {\n      // ~1.2.3 == >=1.2.3 <1.3.0-0\n      ret = `>=${M}.${m}.${p\n      } <${M}.${+m + 1}.0-0`\n    }\n\n    debug('tilde return', ret)\n    return ret\n  })\n}\n\n// ^ --> * (any, kinda silly)\n// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0\n// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0\n// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0\n// ^1.2.3 --> >=1.2.3 <2.0.0-0\n// ^1.2.0 --> >=1.2.0 <2.0.0-0\n// ^0.0.1 --> >=0.0.1 <0.0.2-0\n// ^0.1.0 --> >=0.1.0 <0.2.0-0\nconst replaceCarets = (comp, options) => {\n  return comp\n    .trim()\n    .split(/\\s+/)\n    .map((c) => replaceCaret(c, options))\n    .join(' ')\n}\n\nconst replaceCaret = (comp, options) => {\n  debug('caret', comp, options)\n  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]\n  const z = options.includePrerelease ? '-0' : ''\n  return comp.replace(r, (_, M, m, p, pr) => {\n    debug('caret', comp, _, M, m, p, pr)\n    let ret\n\n    if (isX(M)) {\n      ret = ''\n    } else if (isX(m)) {\n      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`\n    } else if (isX(p)) {\n      if (M === '0') {\n        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`\n      } else {\n        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`\n      }\n    } else if (pr) {\n      debug('replaceCaret pr', pr)\n      if (M === '0') {\n        if (m === '0') {\n          ret = `>=${M}.${m}.${p}-${pr\n          } <${M}.${m}.${+p + 1}-0`\n        } else {\n          ret = `>=${M}.${m}.${p}-${pr\n          } <${M}.${+m + 1}.0-0`\n        }\n      } else {\n        ret = `>=${M}.${m}.${p}-${pr\n        } <${+M + 1}.0.0-0`\n      }\n    } else {\n      debug('no pr')\n      if (M === '0') {\n        if (m === '0') {\n          ret = `>=${M}.${m}.${p\n          } <${M}.${m}.${+p + 1}-0`\n        } else {\n          ret = `>=${M}.${m}.${p\n          } <${M}.${+m + 1}.0-0`\n        }\n      } else {\n        ret = `>=${M}.${m}.${p\n        } <${+M + 1}.0.0-0`\n      }\n    }\n\n    debug('caret return', ret)\n    return ret\n  })\n}\n\nconst replaceXRanges = (comp, options) => {\n  debug('replaceXRanges', comp, options)\n  return comp\n    .split(/\\s+/)\n    .map((c) => replaceXRange(c, options))\n    .join(' ')\n}\n\nconst replaceXRange = (comp, options) => {\n  comp = comp.trim()\n  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]\n  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {\n    debug('xRange', comp, ret, gtlt, M, m, p, pr)\n    if (invalidXRangeOrder(M, m, p)) {\n      return comp\n    }\n\n    const xM = isX(M)\n    const xm = xM || isX(m)\n    const xp = xm || isX(p)\n    const anyX = xp\n\n    if (gtlt === '=' && anyX) {\n      gtlt = ''\n    }\n\n    // if we're including prereleases in the match, then we need\n    // to fix this to -0, the lowest possible prerelease value\n    pr = options.includePrerelease ? '-0' : ''\n\n    if (xM) {\n      if (gtlt === '>' || gtlt === '<') {\n        // nothing is allowed\n        ret = '<0.0.0-0'\n      } else {\n        // nothing is forbidden\n        ret = '*'\n      }\n    } else if (gtlt && anyX) {\n      // we know patch is an x, because we have any x at all.\n      // replace X with 0\n      if (xm) {\n        m = 0\n      }\n      p = 0\n\n      if (gtlt === '>') {\n        // >1 => >=2.0.0\n        // >1.2 => >=1.3.0\n        gtlt = '>='\n        if (xm) {\n          M = +M + 1\n          m = 0\n          p = 0\n        } else {\n          m = +m + 1\n          p = 0\n        }\n      } else if (gtlt === '<=') {\n        // <=0.7.x is actually <0.8.0, since any 0.7.x should\n        // pass.  Similarly, <=7.x is actually <8.0.0, etc.\n        gtlt = '<'\n        if (xm) {\n          M = +M + 1\n        } else {\n          m = +m + 1\n        }\n      }\n\n      if (gtlt === '<') {\n        pr = '-0'\n      }\n\n      ret = `${gtlt + M}.${m}.${p}${pr}`\n    } else if (xm) {\n      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`\n    } else if (xp) {\n      ret = `>=${M}.${m}.0${pr\n      } <${M}.${+m + 1}.0-0`\n    }\n\n    debug('xRange return', ret)\n\n    return ret\n  })\n}\n\n// Because * is AND-ed with everything else in the comparator,\n// and '' means \"any version\", just remove the *s entirely.\nconst replaceStars = (comp, options) => {\n  debug('replaceStars', comp, options)\n  // Looseness is ignored here.  star is always as loose as it gets!\n  return comp\n    .trim()\n    .replace(re[t.STAR], '')\n}\n\nconst replaceGTE0 = (comp, options) => {\n  debug('replaceGTE0', comp, options)\n  return comp\n    .trim()\n    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')\n}\n\n// This function is passed to string.replace(re[t.HYPHENRANGE])\n// M, m, patch, prerelease, build\n// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5\n// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do\n// 1.2 - 3.4 => >=1.2.0 <3.5.0-0\n// TODO build?\nconst hyphenReplace = incPr => ($0,\n  from, fM, fm, fp, fpr, fb,\n  to, tM, tm, tp, tpr) => {\n  if (isX(fM)) {\n    from = ''\n  } else if (isX(fm)) {\n    from = `>=${fM}.0.0${incPr ? '-0' : ''}`\n  } else if (isX(fp)) {\n    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`\n  } else if (fpr) {\n    from = `>=${from}`\n  } else {\n    from = `>=${from}${incPr ? '-0' : ''}`\n  }\n\n  if (isX(tM)) {\n    to = ''\n  } else if (isX(tm)) {\n    to = `<${+tM + 1}.0.0-0`\n  } else if (isX(tp)) {\n    to = `<${tM}.${+tm + 1}.0-0`\n  } else if (tpr) {\n    to = `<=${tM}.${tm}.${tp}-${tpr}`\n  } else if (incPr) {\n    to = `<${tM}.${tm}.${+tp + 1}-0`\n  } else {\n    to = `<=${to}`\n  }\n\n  return `${from} ${to}`.trim()\n}\n\nconst testSet = (set, version, options) => {\n  for (let i = 0; i < set.length; i++) {\n    if (!set[i].test(version)) {\n      return false\n    }\n  }\n\n  if (version.prerelease.length && !options.includePrerelease) {\n    // Find the set of versions that are allowed to have prereleases\n    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0\n    // That should allow `1.2.3-pr.2` to pass.\n    // However, `1.2.4-alpha.notready` should NOT be allowed,\n    // even though it's within the range set by the comparators.\n    for (let i = 0; i < set.length; i++) {\n      debug(set[i].semver)\n      if (set[i].semver === Comparator.ANY) {\n        continue\n      }\n\n      if (set[i].semver.prerelease.length > 0) {\n        const allowed = set[i].semver\n        if (allowed.major === version.major &&\n            allowed.minor === version.minor &&\n            allowed.patch === version.patch) {\n          return true\n        }\n      }\n    }\n\n    // Version has a -pre, but it's not one of the ones we like.\n    return false\n  }\n\n  return true\n}\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/classes/range.js"),

/***/ 5573: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst debug = __nccwpck_require__(7137)\nconst { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(2311)\nconst { safeRe: re, t } = __nccwpck_require__(8105)\n\nconst parseOptions = __nccwpck_require__(9302)\nconst { compareIdentifiers } = __nccwpck_require__(1198)\n\nconst isPrereleaseIdentifier = (prerelease, identifier) => {\n  const identifiers = identifier.split('.')\n  if (identifiers.length > prerelease.length) {\n    return false\n  }\n\n  for (let i = 0; i < identifiers.length; i++) {\n    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {\n      return false\n    }\n  }\n\n  return true\n}\n\nclass SemVer {\n  constructor (version, options) {\n    options = parseOptions(options)\n\n    if (version instanceof SemVer) {\n      if (version.loose === !!options.loose &&\n        version.includePrerelease === !!options.includePrerelease) {\n        return version\n      } else {\n        version = version.version\n      }\n    } else if (typeof version !== 'string') {\n      throw new TypeError(`Invalid version. Must be a string. Got type \"${typeof version}\".`)\n    }\n\n    if (version.length > MAX_LENGTH) {\n      throw new TypeError(\n        `version is longer than ${MAX_LENGTH} characters`\n      )\n    }\n\n    debug('SemVer', version, options)\n    this.options = options\n    this.loose = !!options.loose\n    // this isn't actually relevant for versions, but keep it so that we\n    // don't run into trouble passing this.options around.\n    this.includePrerelease = !!options.includePrerelease\n\n    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])\n\n    if (!m) {\n      throw new TypeError(`Invalid Version: ${version}`)\n    }\n\n    this.raw = version\n\n    // these are actually numbers\n    this.major = +m[1]\n    this.minor = +m[2]\n    this.patch = +m[3]\n\n    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {\n      throw new TypeError('Invalid major version')\n    }\n\n    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {\n      throw new TypeError('Invalid minor version')\n    }\n\n    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {\n      throw new TypeError('Invalid patch version')\n    }\n\n    // numberify any prerelease numeric ids\n    if (!m[4]) {\n      this.prerelease = []\n    } else {\n      this.prerelease = m[4].split('.').map((id) => {\n        if (/^[0-9]+$/.test(id)) {\n          const num = +id\n          if (num >= 0 && num < MAX_SAFE_INTEGER) {\n            return num\n          }\n        }\n        return id\n      })\n    }\n\n    this.build = m[5] ? m[5].split('.') : []\n    this.format()\n  }\n\n  format () {\n    this.version = `${this.major}.${this.minor}.${this.patch}`\n    if (this.prerelease.length) {\n      this.version += `-${this.prerelease.join('.')}`\n    }\n    return this.version\n  }\n\n  toString () {\n    return this.version\n  }\n\n  compare (other) {\n    debug('SemVer.compare', this.version, this.options, other)\n    if (!(other instanceof SemVer)) {\n      if (typeof other === 'string' && other === this.version) {\n        return 0\n      }\n      other = new SemVer(other, this.options)\n    }\n\n    if (other.version === this.version) {\n      return 0\n    }\n\n    return this.compareMain(other) || this.comparePre(other)\n  }\n\n  compareMain (other) {\n    if (!(other instanceof SemVer)) {\n      other = new SemVer(other, this.options)\n    }\n\n    if (this.major < other.major) {\n      return -1\n    }\n    if (this.major > other.major) {\n      return 1\n    }\n    if (this.minor < other.minor) {\n      return -1\n    }\n    if (this.minor > other.minor) {\n      return 1\n    }\n    if (this.patch < other.patch) {\n      return -1\n    }\n    if (this.patch > other.patch) {\n      return 1\n    }\n    return 0\n  }\n\n  comparePre (other) {\n    if (!(other instanceof SemVer)) {\n      other = new SemVer(other, this.options)\n    }\n\n    // NOT having a prerelease is > having one\n    if (this.prerelease.length && !other.prerelease.length) {\n      return -1\n    } else if (!this.prerelease.length && other.prerelease.length) {\n      return 1\n    } else if (!this.prerelease.length && !other.prerelease.length) {\n      return 0\n    }\n\n    let i = 0\n    do {\n      const a = this.prerelease[i]\n      const b = other.prerelease[i]\n      debug('prerelease compare', i, a, b)\n      if (a === undefined && b === undefined) {\n        return 0\n      } else if (b === undefined) {\n        return 1\n      } else if (a === undefined) {\n        return -1\n      } else if (a === b) {\n        continue\n      } else {\n        return compareIdentifiers(a, b)\n      }\n    } while (++i)\n  }\n\n  compareBuild (other) {\n    if (!(other instanceof SemVer)) {\n      other = new SemVer(other, this.options)\n    }\n\n    let i = 0\n    do {\n      const a = this.build[i]\n      const b = other.build[i]\n      debug('build compare', i, a, b)\n      if (a === undefined && b === undefined) {\n        return 0\n      } else if (b === undefined) {\n        return 1\n      } else if (a === undefined) {\n        return -1\n      } else if (a === b) {\n        continue\n      } else {\n        return compareIdentifiers(a, b)\n      }\n    } while (++i)\n  }\n\n  // preminor will bump the version up to the next minor release, and immediately\n  // down to pre-release. premajor and prepatch work the same way.\n  inc (release, identifier, identifierBase) {\n    if (release.startsWith('pre')) {\n      if (!identifier && identifierBase === false) {\n        throw new Error('invalid increment argument: identifier is empty')\n      }\n      // Avoid an invalid semver results\n      if (identifier) {\n        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])\n        if (!match || match[1] !== identifier) {\n          throw new Error(`invalid identifier: ${identifier}`)\n        }\n      }\n    }\n\n    switch (release) {\n      case 'premajor':\n        this.prerelease.length = 0\n        this.patch = 0\n        this.minor = 0\n        this.major++\n        this.inc('pre', identifier, identifierBase)\n        break\n      case 'preminor':\n        this.prerelease.length = 0\n        this.patch = 0\n        this.minor++\n        this.inc('pre', identifier, identifierBase)\n        break\n      case 'prepatch':\n        // If this is already a prerelease, it will bump to the next version\n        // drop any prereleases that might already exist, since they are not\n        // relevant at this point.\n        this.prerelease.length = 0\n        this.inc('patch', identifier, identifierBase)\n        this.inc('pre', identifier, identifierBase)\n        break\n      // If the input is a non-prerelease version, this acts the same as\n      // prepatch.\n      case 'prerelease':\n        if (this.prerelease.length === 0) {\n          this.inc('patch', identifier, identifierBase)\n        }\n        this.inc('pre', identifier, identifierBase)\n        break\n      case 'release':\n        if (this.prerelease.length === 0) {\n          throw new Error(`version ${this.raw} is not a prerelease`)\n        }\n        this.prerelease.length = 0\n        break\n\n      case 'major':\n        // If this is a pre-major version, bump up to the same major version.\n        // Otherwise increment major.\n        // 1.0.0-5 bumps to 1.0.0\n        // 1.1.0 bumps to 2.0.0\n        if (\n          this.minor !== 0 ||\n          this.patch !== 0 ||\n          this.prerelease.length === 0\n        ) {\n          this.major++\n        }\n        this.minor = 0\n        this.patch = 0\n        this.prerelease = []\n        break\n      case 'minor':\n        // If this is a pre-minor version, bump up to the same minor version.\n        // Otherwise increment minor.\n        // 1.2.0-5 bumps to 1.2.0\n        // 1.2.1 bumps to 1.3.0\n        if (this.patch !== 0 || this.prerelease.length === 0) {\n          this.minor++\n        }\n        this.patch = 0\n        this.prerelease = []\n        break\n      case 'patch':\n        // If this is not a pre-release version, it will increment the patch.\n        // If it is a pre-release it will bump up to the same patch version.\n        // 1.2.0-5 patches to 1.2.0\n        // 1.2.0 patches to 1.2.1\n        if (this.prerelease.length === 0) {\n          this.patch++\n        }\n        this.prerelease = []\n        break\n      // This probably shouldn't be used publicly.\n      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.\n      case 'pre': {\n        const base = Number(identifierBase) ? 1 : 0\n\n        if (this.prerelease.length === 0) {\n          this.prerelease = [base]\n        } else {\n          let i = this.prerelease.length\n          while (--i >= 0) {\n            if (typeof this.prerelease[i] === 'number') {\n              this.prerelease[i]++\n              i = -2\n            }\n          }\n          if (i === -1) {\n            // didn't increment anything\n            if (identifier === this.prerelease.join('.') && identifierBase === false) {\n              throw new Error('invalid increment argument: identifier already exists')\n            }\n            this.prerelease.push(base)\n          }\n        }\n        if (identifier) {\n          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,\n          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0\n          let prerelease = [identifier, base]\n          if (identifierBase === false) {\n            prerelease = [identifier]\n          }\n          if (isPrereleaseIdentifier(this.prerelease, identifier)) {\n            const prereleaseBase = this.prerelease[identifier.split('.').length]\n            if (isNaN(prereleaseBase)) {\n              this.prerelease = prerelease\n            }\n          } else {\n            this.prerelease = prerelease\n          }\n        }\n        break\n      }\n      default:\n        throw new Error(`invalid increment argument: ${release}`)\n    }\n    this.raw = this.format()\n    if (this.build.length) {\n      this.raw += `+${this.build.join('.')}`\n    }\n    return this\n  }\n}\n\nmodule.exports = SemVer\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/classes/semver.js"),

/***/ 4681: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst parse = __nccwpck_require__(5667)\nconst clean = (version, options) => {\n  const s = parse(version.trim().replace(/^[=v]+/, ''), options)\n  return s ? s.version : null\n}\nmodule.exports = clean\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/clean.js"),

/***/ 2676: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst eq = __nccwpck_require__(1056)\nconst neq = __nccwpck_require__(2492)\nconst gt = __nccwpck_require__(9441)\nconst gte = __nccwpck_require__(9106)\nconst lt = __nccwpck_require__(3470)\nconst lte = __nccwpck_require__(7111)\n\nconst cmp = (a, op, b, loose) => {\n  switch (op) {\n    case '===':\n      if (typeof a === 'object') {\n        a = a.version\n      }\n      if (typeof b === 'object') {\n        b = b.version\n      }\n      return a === b\n\n    case '!==':\n      if (typeof a === 'object') {\n        a = a.version\n      }\n      if (typeof b === 'object') {\n        b = b.version\n      }\n      return a !== b\n\n    case '':\n    case '=':\n    case '==':\n      return eq(a, b, loose)\n\n    case '!=':\n      return neq(a, b, loose)\n\n    case '>':\n      return gt(a, b, loose)\n\n    case '>=':\n      return gte(a, b, loose)\n\n    case '<':\n      return lt(a, b, loose)\n\n    case '<=':\n      return lte(a, b, loose)\n\n    default:\n      throw new TypeError(`Invalid operator: ${op}`)\n  }\n}\nmodule.exports = cmp\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/cmp.js"),

/***/ 367: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst parse = __nccwpck_require__(5667)\nconst { safeRe: re, t } = __nccwpck_require__(8105)\n\nconst coerce = (version, options) => {\n  if (version instanceof SemVer) {\n    return version\n  }\n\n  if (typeof version === 'number') {\n    version = String(version)\n  }\n\n  if (typeof version !== 'string') {\n    return null\n  }\n\n  options = options || {}\n\n  let match = null\n  if (!options.rtl) {\n    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])\n  } else {\n    // Find the right-most coercible string that does not share\n    // a terminus with a more left-ward coercible string.\n    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'\n    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'\n    //\n    // Walk through the string checking with a /g regexp\n    // Manually set the index so as to pick up overlapping matches.\n    // Stop when we get a match that ends at the string end, since no\n    // coercible string can be more right-ward without the same terminus.\n    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]\n    let next\n    while ((next = coerceRtlRegex.exec(version)) &&\n        (!match || match.index + match[0].length !== version.length)\n    ) {\n      if (!match ||\n            next.index + next[0].length !== match.index + match[0].length) {\n        match = next\n      }\n      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length\n    }\n    // leave it in a clean state\n    coerceRtlRegex.lastIndex = -1\n  }\n\n  if (match === null) {\n    return null\n  }\n\n  const major = match[2]\n  const minor = match[3] || '0'\n  const patch = match[4] || '0'\n  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''\n  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''\n\n  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)\n}\nmodule.exports = coerce\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/coerce.js"),

/***/ 8026: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst compareBuild = (a, b, loose) => {\n  const versionA = new SemVer(a, loose)\n  const versionB = new SemVer(b, loose)\n  return versionA.compare(versionB) || versionA.compareBuild(versionB)\n}\nmodule.exports = compareBuild\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/compare-build.js"),

/***/ 756: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst compareLoose = (a, b) => compare(a, b, true)\nmodule.exports = compareLoose\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/compare-loose.js"),

/***/ 4507: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst compare = (a, b, loose) =>\n  new SemVer(a, loose).compare(new SemVer(b, loose))\n\nmodule.exports = compare\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/compare.js"),

/***/ 9237: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst parse = __nccwpck_require__(5667)\n\nconst diff = (version1, version2) => {\n  const v1 = parse(version1, null, true)\n  const v2 = parse(version2, null, true)\n  const comparison = v1.compare(v2)\n\n  if (comparison === 0) {\n    return null\n  }\n\n  const v1Higher = comparison > 0\n  const highVersion = v1Higher ? v1 : v2\n  const lowVersion = v1Higher ? v2 : v1\n  const highHasPre = !!highVersion.prerelease.length\n  const lowHasPre = !!lowVersion.prerelease.length\n\n  if (lowHasPre && !highHasPre) {\n    // Going from prerelease -> no prerelease requires some special casing\n\n    // If the low version has only a major, then it will always be a major\n    // Some examples:\n    // 1.0.0-1 -> 1.0.0\n    // 1.0.0-1 -> 1.1.1\n    // 1.0.0-1 -> 2.0.0\n    if (!lowVersion.patch && !lowVersion.minor) {\n      return 'major'\n    }\n\n    // If the main part has no difference\n    if (lowVersion.compareMain(highVersion) === 0) {\n      if (lowVersion.minor && !lowVersion.patch) {\n        return 'minor'\n      }\n      return 'patch'\n    }\n  }\n\n  // add the `pre` prefix if we are going to a prerelease version\n  const prefix = highHasPre ? 'pre' : ''\n\n  if (v1.major !== v2.major) {\n    return prefix + 'major'\n  }\n\n  if (v1.minor !== v2.minor) {\n    return prefix + 'minor'\n  }\n\n  if (v1.patch !== v2.patch) {\n    return prefix + 'patch'\n  }\n\n  // high and low are prereleases\n  return 'prerelease'\n}\n\nmodule.exports = diff\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/diff.js"),

/***/ 1056: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst eq = (a, b, loose) => compare(a, b, loose) === 0\nmodule.exports = eq\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/eq.js"),

/***/ 9441: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst gt = (a, b, loose) => compare(a, b, loose) > 0\nmodule.exports = gt\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/gt.js"),

/***/ 9106: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst gte = (a, b, loose) => compare(a, b, loose) >= 0\nmodule.exports = gte\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/gte.js"),

/***/ 3908: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\n\nconst inc = (version, release, options, identifier, identifierBase) => {\n  if (typeof (options) === 'string') {\n    identifierBase = identifier\n    identifier = options\n    options = undefined\n  }\n\n  try {\n    return new SemVer(\n      version instanceof SemVer ? version.version : version,\n      options\n    ).inc(release, identifier, identifierBase).version\n  } catch (er) {\n    return null\n  }\n}\nmodule.exports = inc\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/inc.js"),

/***/ 3470: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst lt = (a, b, loose) => compare(a, b, loose) < 0\nmodule.exports = lt\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/lt.js"),

/***/ 7111: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst lte = (a, b, loose) => compare(a, b, loose) <= 0\nmodule.exports = lte\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/lte.js"),

/***/ 9789: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst major = (a, loose) => new SemVer(a, loose).major\nmodule.exports = major\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/major.js"),

/***/ 7065: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst minor = (a, loose) => new SemVer(a, loose).minor\nmodule.exports = minor\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/minor.js"),

/***/ 2492: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst neq = (a, b, loose) => compare(a, b, loose) !== 0\nmodule.exports = neq\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/neq.js"),

/***/ 5667: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst parse = (version, options, throwErrors = false) => {\n  if (version instanceof SemVer) {\n    return version\n  }\n  try {\n    return new SemVer(version, options)\n  } catch (er) {\n    if (!throwErrors) {\n      return null\n    }\n    throw er\n  }\n}\n\nmodule.exports = parse\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/parse.js"),

/***/ 6594: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst patch = (a, loose) => new SemVer(a, loose).patch\nmodule.exports = patch\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/patch.js"),

/***/ 6500: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst parse = __nccwpck_require__(5667)\nconst prerelease = (version, options) => {\n  const parsed = parse(version, options)\n  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null\n}\nmodule.exports = prerelease\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/prerelease.js"),

/***/ 8707: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compare = __nccwpck_require__(4507)\nconst rcompare = (a, b, loose) => compare(b, a, loose)\nmodule.exports = rcompare\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/rcompare.js"),

/***/ 2242: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compareBuild = __nccwpck_require__(8026)\nconst rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))\nmodule.exports = rsort\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/rsort.js"),

/***/ 5197: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst Range = __nccwpck_require__(7668)\nconst satisfies = (version, range, options) => {\n  try {\n    range = new Range(range, options)\n  } catch (er) {\n    return false\n  }\n  return range.test(version)\n}\nmodule.exports = satisfies\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/satisfies.js"),

/***/ 4426: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst compareBuild = __nccwpck_require__(8026)\nconst sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))\nmodule.exports = sort\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/sort.js"),

/***/ 9212: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst parse = __nccwpck_require__(5667)\nconst constants = __nccwpck_require__(2311)\nconst SemVer = __nccwpck_require__(5573)\n\nconst truncate = (version, truncation, options) => {\n  if (!constants.RELEASE_TYPES.includes(truncation)) {\n    return null\n  }\n\n  const clonedVersion = cloneInputVersion(version, options)\n  return clonedVersion && doTruncation(clonedVersion, truncation)\n}\n\nconst cloneInputVersion = (version, options) => {\n  const versionStringToParse = (\n    version instanceof SemVer ? version.version : version\n  )\n\n  return parse(versionStringToParse, options)\n}\n\nconst doTruncation = (version, truncation) => {\n  if (isPrerelease(truncation)) {\n    return version.version\n  }\n\n  version.prerelease = []\n\n  switch (truncation) {\n    case 'major':\n      version.minor = 0\n      version.patch = 0\n      break\n    case 'minor':\n      version.patch = 0\n      break\n  }\n\n  return version.format()\n}\n\nconst isPrerelease = (type) => {\n  return type.startsWith('pre')\n}\n\nmodule.exports = truncate\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/truncate.js"),

/***/ 8138: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst parse = __nccwpck_require__(5667)\nconst valid = (version, options) => {\n  const v = parse(version, options)\n  return v ? v.version : null\n}\nmodule.exports = valid\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/functions/valid.js"),

/***/ 4978: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\n// just pre-load all the stuff that index.js lazily exports\nconst internalRe = __nccwpck_require__(8105)\nconst constants = __nccwpck_require__(2311)\nconst SemVer = __nccwpck_require__(5573)\nconst identifiers = __nccwpck_require__(1198)\nconst parse = __nccwpck_require__(5667)\nconst valid = __nccwpck_require__(8138)\nconst clean = __nccwpck_require__(4681)\nconst inc = __nccwpck_require__(3908)\nconst diff = __nccwpck_require__(9237)\nconst major = __nccwpck_require__(9789)\nconst minor = __nccwpck_require__(7065)\nconst patch = __nccwpck_require__(6594)\nconst prerelease = __nccwpck_require__(6500)\nconst compare = __nccwpck_require__(4507)\nconst rcompare = __nccwpck_require__(8707)\nconst compareLoose = __nccwpck_require__(756)\nconst compareBuild = __nccwpck_require__(8026)\nconst sort = __nccwpck_require__(4426)\nconst rsort = __nccwpck_require__(2242)\nconst gt = __nccwpck_require__(9441)\nconst lt = __nccwpck_require__(3470)\nconst eq = __nccwpck_require__(1056)\nconst neq = __nccwpck_require__(2492)\nconst gte = __nccwpck_require__(9106)\nconst lte = __nccwpck_require__(7111)\nconst cmp = __nccwpck_require__(2676)\nconst coerce = __nccwpck_require__(367)\nconst truncate = __nccwpck_require__(9212)\nconst Comparator = __nccwpck_require__(5021)\nconst Range = __nccwpck_require__(7668)\nconst satisfies = __nccwpck_require__(5197)\nconst toComparators = __nccwpck_require__(6236)\nconst maxSatisfying = __nccwpck_require__(5903)\nconst minSatisfying = __nccwpck_require__(8957)\nconst minVersion = __nccwpck_require__(9888)\nconst validRange = __nccwpck_require__(4907)\nconst outside = __nccwpck_require__(9638)\nconst gtr = __nccwpck_require__(2874)\nconst ltr = __nccwpck_require__(2831)\nconst intersects = __nccwpck_require__(5439)\nconst simplifyRange = __nccwpck_require__(8150)\nconst subset = __nccwpck_require__(7831)\nmodule.exports = {\n  parse,\n  valid,\n  clean,\n  inc,\n  diff,\n  major,\n  minor,\n  patch,\n  prerelease,\n  compare,\n  rcompare,\n  compareLoose,\n  compareBuild,\n  sort,\n  rsort,\n  gt,\n  lt,\n  eq,\n  neq,\n  gte,\n  lte,\n  cmp,\n  coerce,\n  truncate,\n  Comparator,\n  Range,\n  satisfies,\n  toComparators,\n  maxSatisfying,\n  minSatisfying,\n  minVersion,\n  validRange,\n  outside,\n  gtr,\n  ltr,\n  intersects,\n  simplifyRange,\n  subset,\n  SemVer,\n  re: internalRe.re,\n  src: internalRe.src,\n  tokens: internalRe.t,\n  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,\n  RELEASE_TYPES: constants.RELEASE_TYPES,\n  compareIdentifiers: identifiers.compareIdentifiers,\n  rcompareIdentifiers: identifiers.rcompareIdentifiers,\n}\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/index.js"),

/***/ 2311: __nccwpck_lazy(["module"], "\"use strict\";\n\n\n\n// Note: this is the semver.org version of the spec that it implements\n// Not necessarily the package version of this code.\nconst SEMVER_SPEC_VERSION = '2.0.0'\n\nconst MAX_LENGTH = 256\nconst MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||\n/* istanbul ignore next */ 9007199254740991\n\n// Max safe segment length for coercion.\nconst MAX_SAFE_COMPONENT_LENGTH = 16\n\n// Max safe length for a build identifier. The max length minus 6 characters for\n// the shortest version with a build 0.0.0+BUILD.\nconst MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6\n\n// ECMAScript whitespace and line terminators matched by \\s.\nconst WHITESPACE_CHARACTERS = [\n  '\\t',\n  '\\n',\n  '\\v',\n  '\\f',\n  '\\r',\n  ' ',\n  '\\u00a0',\n  '\\u1680',\n  '\\u2000',\n  '\\u2001',\n  '\\u2002',\n  '\\u2003',\n  '\\u2004',\n  '\\u2005',\n  '\\u2006',\n  '\\u2007',\n  '\\u2008',\n  '\\u2009',\n  '\\u200a',\n  '\\u2028',\n  '\\u2029',\n  '\\u202f',\n  '\\u205f',\n  '\\u3000',\n  '\\ufeff',\n]\n\nconst RELEASE_TYPES = [\n  'major',\n  'premajor',\n  'minor',\n  'preminor',\n  'patch',\n  'prepatch',\n  'prerelease',\n]\n\nmodule.exports = {\n  MAX_LENGTH,\n  MAX_SAFE_COMPONENT_LENGTH,\n  MAX_SAFE_BUILD_LENGTH,\n  MAX_SAFE_INTEGER,\n  WHITESPACE_CHARACTERS,\n  RELEASE_TYPES,\n  SEMVER_SPEC_VERSION,\n  FLAG_INCLUDE_PRERELEASE: 0b001,\n  FLAG_LOOSE: 0b010,\n}\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/constants.js"),

/***/ 7137: __nccwpck_lazy(["module"], "\"use strict\";\n\n\n\nconst debug = (\n  typeof process === 'object' &&\n  process.env &&\n  process.env.NODE_DEBUG &&\n  /\\bsemver\\b/i.test(process.env.NODE_DEBUG)\n) ? (...args) => console.error('SEMVER', ...args)\n  : () => {}\n\nmodule.exports = debug\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/debug.js"),

/***/ 1198: __nccwpck_lazy(["module"], "\"use strict\";\n\n\n\nconst numeric = /^[0-9]+$/\nconst compareIdentifiers = (a, b) => {\n  if (typeof a === 'number' && typeof b === 'number') {\n    return a === b ? 0 : a < b ? -1 : 1\n  }\n\n  const anum = numeric.test(a)\n  const bnum = numeric.test(b)\n\n  if (anum && bnum) {\n    a = +a\n    b = +b\n  }\n\n  return a === b ? 0\n    : (anum && !bnum) ? -1\n    : (bnum && !anum) ? 1\n    : a < b ? -1\n    : 1\n}\n\nconst rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)\n\nmodule.exports = {\n  compareIdentifiers,\n  rcompareIdentifiers,\n}\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/identifiers.js"),

/***/ 1961: __nccwpck_lazy(["module"], "\"use strict\";\n\n\n\nclass LRUCache {\n  constructor () {\n    this.max = 1000\n    this.map = new Map()\n  }\n\n  get (key) {\n    const value = this.map.get(key)\n    if (value === undefined) {\n      return undefined\n    } else {\n      // Remove the key from the map and add it to the end\n      this.map.delete(key)\n      this.map.set(key, value)\n      return value\n    }\n  }\n\n  delete (key) {\n    return this.map.delete(key)\n  }\n\n  set (key, value) {\n    const deleted = this.delete(key)\n\n    if (!deleted && value !== undefined) {\n      // If cache is full, delete the least recently used item\n      if (this.map.size >= this.max) {\n        const firstKey = this.map.keys().next().value\n        this.delete(firstKey)\n      }\n\n      this.map.set(key, value)\n    }\n\n    return this\n  }\n}\n\nmodule.exports = LRUCache\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/lrucache.js"),

/***/ 9302: __nccwpck_lazy(["module"], "\"use strict\";\n\n\n\n// parse out just the options we care about\nconst looseOption = Object.freeze({ loose: true })\nconst emptyOpts = Object.freeze({ })\nconst parseOptions = options => {\n  if (!options) {\n    return emptyOpts\n  }\n\n  if (typeof options !== 'object') {\n    return looseOption\n  }\n\n  return options\n}\nmodule.exports = parseOptions\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/parse-options.js"),

/***/ 8105: __nccwpck_lazy(["module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst {\n  MAX_SAFE_COMPONENT_LENGTH,\n  MAX_SAFE_BUILD_LENGTH,\n  MAX_LENGTH,\n} = __nccwpck_require__(2311)\nconst debug = __nccwpck_require__(7137)\nexports = module.exports = {}\n\n// The actual regexps go on exports.re\nconst re = exports.re = []\nconst safeRe = exports.safeRe = []\nconst src = exports.src = []\nconst safeSrc = exports.safeSrc = []\nconst t = exports.t = {}\nlet R = 0\n\nconst LETTERDASHNUMBER = '[a-zA-Z0-9-]'\n\n// Replace some greedy regex tokens to prevent regex dos issues. These regex are\n// used internally via the safeRe object since all inputs in this library get\n// normalized first to trim and collapse all extra whitespace. The original\n// regexes are exported for userland consumption and lower level usage. A\n// future breaking change could export the safer regex only with a note that\n// all input should have extra whitespace removed.\nconst safeRegexReplacements = [\n  ['\\\\s', 1],\n  ['\\\\d', MAX_LENGTH],\n  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],\n]\n\nconst makeSafeRegex = (value) => {\n  for (const [token, max] of safeRegexReplacements) {\n    value = value\n      .split(`${token}*`).join(`${token}{0,${max}}`)\n      .split(`${token}+`).join(`${token}{1,${max}}`)\n  }\n  return value\n}\n\nconst createToken = (name, value, isGlobal) => {\n  const safe = makeSafeRegex(value)\n  const index = R++\n  debug(name, index, value)\n  t[name] = index\n  src[index] = value\n  safeSrc[index] = safe\n  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)\n  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)\n}\n\n// The following Regular Expressions can be used for tokenizing,\n// validating, and parsing SemVer version strings.\n\n// ## Numeric Identifier\n// A single `0`, or a non-zero digit followed by zero or more digits.\n\ncreateToken('NUMERICIDENTIFIER', '0|[1-9]\\\\d*')\ncreateToken('NUMERICIDENTIFIERLOOSE', '\\\\d+')\n\n// ## Non-numeric Identifier\n// Zero or more digits, followed by a letter or hyphen, and then zero or\n// more letters, digits, or hyphens.\n\ncreateToken('NONNUMERICIDENTIFIER', `\\\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)\n\n// ## Main Version\n// Three dot-separated numeric identifiers.\n\ncreateToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\\\.` +\n                   `(${src[t.NUMERICIDENTIFIER]})\\\\.` +\n                   `(${src[t.NUMERICIDENTIFIER]})`)\n\ncreateToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\\\.` +\n                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\\\.` +\n                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)\n\n// ## Pre-release Version Identifier\n// A numeric identifier, or a non-numeric identifier.\n// Non-numeric identifiers include numeric identifiers but can be longer.\n// Therefore non-numeric identifiers must go first.\n\ncreateToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]\n}|${src[t.NUMERICIDENTIFIER]})`)\n\ncreateToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]\n}|${src[t.NUMERICIDENTIFIERLOOSE]})`)\n\n// ## Pre-release Version\n// Hyphen, followed by one or more dot-separated pre-release version\n// identifiers.\n\ncreateToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]\n}(?:\\\\.${src[t.PRERELEASEIDENTIFIER]})*))`)\n\ncreateToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]\n}(?:\\\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)\n\n// ## Build Metadata Identifier\n// Any combination of digits, letters, or hyphens.\n\ncreateToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)\n\n// ## Build Metadata\n// Plus sign, followed by one or more period-separated build metadata\n// identifiers.\n\ncreateToken('BUILD', `(?:\\\\+(${src[t.BUILDIDENTIFIER]\n}(?:\\\\.${src[t.BUILDIDENTIFIER]})*))`)\n\n// ## Full Version String\n// A main version, followed optionally by a pre-release version and\n// build metadata.\n\n// Note that the only major, minor, patch, and pre-release sections of\n// the version string are capturing groups.  The build metadata is not a\n// capturing group, because it should not ever be used in version\n// comparison.\n\ncreateToken('FULLPLAIN', `v?${src[t.MAINVERSION]\n}${src[t.PRERELEASE]}?${\n  src[t.BUILD]}?`)\n\ncreateToken('FULL', `^${src[t.FULLPLAIN]}$`)\n\n// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.\n// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty\n// common in the npm registry.\ncreateToken('LOOSEPLAIN', `[v=\\\\s]*${src[t.MAINVERSIONLOOSE]\n}${src[t.PRERELEASELOOSE]}?${\n  src[t.BUILD]}?`)\n\ncreateToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)\n\ncreateToken('GTLT', '((?:<|>)?=?)')\n\n// Something like \"2.*\" or \"1.2.x\".\n// Note that \"x.x\" is a valid xRange identifier, meaning \"any version\"\n// Only the first item is strictly required.\ncreateToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\\\*`)\ncreateToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\\\*`)\n\ncreateToken('XRANGEPLAIN', `[v=\\\\s]*(${src[t.XRANGEIDENTIFIER]})` +\n                   `(?:\\\\.(${src[t.XRANGEIDENTIFIER]})` +\n                   `(?:\\\\.(${src[t.XRANGEIDENTIFIER]})` +\n                   `(?:${src[t.PRERELEASE]})?${\n                     src[t.BUILD]}?` +\n                   `)?)?`)\n\ncreateToken('XRANGEPLAINLOOSE', `[v=\\\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +\n                        `(?:\\\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +\n                        `(?:\\\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +\n                        `(?:${src[t.PRERELEASELOOSE]})?${\n                          src[t.BUILD]}?` +\n                        `)?)?`)\n\ncreateToken('XRANGE', `^${src[t.GTLT]}\\\\s*${src[t.XRANGEPLAIN]}$`)\ncreateToken('XRANGELOOSE', `^${src[t.GTLT]}\\\\s*${src[t.XRANGEPLAINLOOSE]}$`)\n\n// Coercion.\n// Extract anything that could conceivably be a part of a valid semver\ncreateToken('COERCEPLAIN', `${'(^|[^\\\\d])' +\n              '(\\\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +\n              `(?:\\\\.(\\\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +\n              `(?:\\\\.(\\\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)\ncreateToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\\\d])`)\ncreateToken('COERCEFULL', src[t.COERCEPLAIN] +\n              `(?:${src[t.PRERELEASE]})?` +\n              `(?:${src[t.BUILD]})?` +\n              `(?:$|[^\\\\d])`)\ncreateToken('COERCERTL', src[t.COERCE], true)\ncreateToken('COERCERTLFULL', src[t.COERCEFULL], true)\n\n// Tilde ranges.\n// Meaning is \"reasonably at or greater than\"\ncreateToken('LONETILDE', '(?:~>?)')\n\ncreateToken('TILDETRIM', `(\\\\s*)${src[t.LONETILDE]}\\\\s+`, true)\nexports.tildeTrimReplace = '$1~'\n\ncreateToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)\ncreateToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)\n\n// Caret ranges.\n// Meaning is \"at least and backwards compatible with\"\ncreateToken('LONECARET', '(?:\\\\^)')\n\ncreateToken('CARETTRIM', `(\\\\s*)${src[t.LONECARET]}\\\\s+`, true)\nexports.caretTrimReplace = '$1^'\n\ncreateToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)\ncreateToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)\n\n// A simple gt/lt/eq thing, or just \"\" to indicate \"any version\"\ncreateToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\\\s*(${src[t.LOOSEPLAIN]})$|^$`)\ncreateToken('COMPARATOR', `^${src[t.GTLT]}\\\\s*(${src[t.FULLPLAIN]})$|^$`)\n\n// An expression to strip any whitespace between the gtlt and the thing\n// it modifies, so that `> 1.2.3` ==> `>1.2.3`\ncreateToken('COMPARATORTRIM', `(\\\\s*)${src[t.GTLT]\n}\\\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)\nexports.comparatorTrimReplace = '$1$2$3'\n\n// Something like `1.2.3 - 1.2.4`\n// Note that these all use the loose form, because they'll be\n// checked against either the strict or loose comparator form\n// later.\ncreateToken('HYPHENRANGE', `^\\\\s*(${src[t.XRANGEPLAIN]})` +\n                   `\\\\s+-\\\\s+` +\n                   `(${src[t.XRANGEPLAIN]})` +\n                   `\\\\s*$`)\n\ncreateToken('HYPHENRANGELOOSE', `^\\\\s*(${src[t.XRANGEPLAINLOOSE]})` +\n                        `\\\\s+-\\\\s+` +\n                        `(${src[t.XRANGEPLAINLOOSE]})` +\n                        `\\\\s*$`)\n\n// Star ranges basically just allow anything at all.\ncreateToken('STAR', '(<|>)?=?\\\\s*\\\\*')\n// >=0.0.0 is like a star\ncreateToken('GTE0', '^\\\\s*>=\\\\s*0\\\\.0\\\\.0\\\\s*$')\ncreateToken('GTE0PRE', '^\\\\s*>=\\\\s*0\\\\.0\\\\.0-0\\\\s*$')\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/re.js"),

/***/ 4043: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n// @ts-check\n\n\n// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version\n// validation. Each end-index finder returns an exclusive end, or its start\n// on no match.\n// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;\n// range.slice(start, end) gives the matched text, not a converted number.\nconst {\n  MAX_LENGTH,\n  MAX_SAFE_BUILD_LENGTH,\n  WHITESPACE_CHARACTERS,\n} = __nccwpck_require__(2311)\n\n/**\n * Remembers the last two rows of digits so their characters need not be reread.\n * Positions start at -1 until a row has been found.\n *\n * @typedef {object} DigitRunCache\n * @property {number} start The first character of the most recently found row.\n * @property {number} end The position after that row's last character.\n * @property {number} previousStart The first character of the previous row.\n * @property {number} previousEnd The position after the previous row.\n */\n\n// One entry per UTF-16 code unit keeps membership checks constant-time.\nconst whitespace = new Uint8Array(0x10000)\nfor (const char of WHITESPACE_CHARACTERS) {\n  whitespace[char.charCodeAt(0)] = 1\n}\n\n/**\n * Checks whether a character is whitespace, like a space, tab, or newline.\n * Looking past the end of the string returns false.\n *\n * @param {string|undefined} char One character, or undefined past the string's end.\n * @returns {boolean} Whether the character is whitespace.\n * @example isWhitespace(' ') // true\n * @example isWhitespace('1') // false\n */\nconst isWhitespace = char =>\n  char !== undefined && whitespace[char.charCodeAt(0)] === 1\n\n/**\n * Checks for v, =, or whitespace before the version number.\n * These are historical version prefixes, not range operators:\n * < and > are handled separately, as are tilde and caret ranges.\n *\n * @param {string|undefined} char One character to check.\n * @returns {boolean} Whether the character can belong to a version prefix.\n * @example isVersionPrefix('=') // true\n * @example isVersionPrefix('>') // false\n */\nconst isVersionPrefix = char =>\n  char === 'v' ||\n  char === '=' ||\n  isWhitespace(char)\n\n/**\n * Checks whether a character is one of the digits 0 through 9.\n *\n * @param {string|undefined} char One character to check.\n * @returns {boolean} Whether the character is an ASCII digit.\n * @example isDigit('7') // true\n * @example isDigit('.') // false\n */\nconst isDigit = char => char !== undefined && char >= '0' && char <= '9'\n\n/**\n * Checks whether a character is an English letter, uppercase or lowercase.\n *\n * @param {string|undefined} char One character to check.\n * @returns {boolean} Whether the character is an ASCII letter.\n * @example isLetter('b') // true\n * @example isLetter('7') // false\n */\nconst isLetter = char =>\n  char !== undefined && (\n    (char >= 'a' && char <= 'z') ||\n    (char >= 'A' && char <= 'Z')\n  )\n\n/**\n * Checks for a letter, digit, or hyphen: the characters allowed inside\n * prerelease and build names such as beta-1.\n *\n * @param {string|undefined} char One character to check.\n * @returns {boolean} Whether the character can be part of an identifier.\n * @example isIdentifierCharacter('-') // true\n * @example isIdentifierCharacter('.') // false; dots separate identifiers\n */\nconst isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'\n\n/**\n * Checks whether a version component can begin here: with a digit or\n * a wildcard such as x, X, or *.\n *\n * @param {string|undefined} char One character to check.\n * @returns {boolean} Whether a number or wildcard can start with this character.\n * @example isVersionStart('x') // true\n * @example isVersionStart('v') // false; v belongs to the prefix\n */\nconst isVersionStart = char =>\n  isDigit(char) ||\n  char === 'x' ||\n  char === 'X' ||\n  char === '*'\n\n/**\n * Finds the end of a row of digits, but returns no more than limit digits.\n * Remembers the last two rows so looking at them again does not reread them.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position of the first character to check.\n * @param {number} limit The most digit characters the returned match can include.\n * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.\n * @returns {number} The position after the matched digits, or start if none match.\n * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a\n * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3\n */\nconst findDigitsEndIndex = (range, start, limit, digitRuns) => {\n  if (!isDigit(range[start])) {\n    return start\n  }\n  if (start >= digitRuns.start && start < digitRuns.end) {\n    return Math.min(start + limit, digitRuns.end)\n  }\n  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {\n    return Math.min(start + limit, digitRuns.previousEnd)\n  }\n  let end = start + 1\n  while (isDigit(range[end])) {\n    end++\n  }\n  // A failed full version can rewind from its second run to its first.\n  digitRuns.previousStart = digitRuns.start\n  digitRuns.previousEnd = digitRuns.end\n  digitRuns.start = start\n  digitRuns.end = end\n  return Math.min(start + limit, end)\n}\n\n/**\n * Reads a number using the old regex's length and leading-zero rules.\n * Strict mode reads just the first zero in 012; loose mode can read all three.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the number should begin.\n * @param {boolean} loose Whether to allow leading zeros.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the matched digits, not their numeric value.\n * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1\n * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3\n */\nconst findVersionNumberEndIndex = (range, start, loose, digitRuns) => {\n  if (!loose && range[start] === '0') {\n    return start + 1\n  }\n  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.\n  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)\n}\n\n/**\n * Reads one piece of a prerelease name, such as beta or 1 in beta.1.\n * Tries the letter-or-hyphen form first, then the number-only form.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the identifier should begin.\n * @param {boolean} loose Whether numeric identifiers may have leading zeros.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the identifier, or start if none matches.\n * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot\n * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7\n */\nconst findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {\n  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)\n  // The legacy regex tries a nonnumeric identifier before a numeric one.\n  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {\n    let end = digitsEnd + 1\n    const limit = end + MAX_SAFE_BUILD_LENGTH\n    while (end < limit && isIdentifierCharacter(range[end])) {\n      end++\n    }\n    return end\n  }\n  return findVersionNumberEndIndex(range, start, loose, digitRuns)\n}\n\n/**\n * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.\n * Loose mode also allows the name without its opening hyphen.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the suffix should begin, including -.\n * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the matched suffix, or start if absent.\n * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus\n * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen\n */\nconst findPrereleaseEndIndex = (range, start, loose, digitRuns) => {\n  const hyphen = range[start] === '-'\n  if (!loose && !hyphen) {\n    return start\n  }\n  const identifierStart = start + (hyphen ? 1 : 0)\n  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)\n  if (end === identifierStart) {\n    if (!loose || !hyphen) {\n      return start\n    }\n    // In loose syntax, a lone hyphen can itself be the identifier.\n    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)\n  }\n  while (range[end] === '.') {\n    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)\n    if (next === end + 1) {\n      break\n    }\n    end = next\n  }\n  return end\n}\n\n/**\n * Reads one build-name piece, such as sha or 123 in +sha.123.\n * Stops at a disallowed character or the old regex's length limit.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the identifier should begin.\n * @returns {number} The position after the identifier, or start if none matches.\n * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot\n * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed\n */\nconst findBuildIdentifierEndIndex = (range, start) => {\n  let end = start\n  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {\n    end++\n  }\n  return end\n}\n\n/**\n * Reads optional build metadata such as +sha.123.\n * Leaves the position unchanged if there is no plus sign followed by a name.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the opening + should be.\n * @returns {number} The position after the matched metadata, or start if absent.\n * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space\n * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match\n */\nconst findBuildEndIndex = (range, start) => {\n  if (range[start] !== '+') {\n    return start\n  }\n  let end = findBuildIdentifierEndIndex(range, start + 1)\n  if (end === start + 1) {\n    return start\n  }\n  while (range[end] === '.') {\n    const next = findBuildIdentifierEndIndex(range, end + 1)\n    if (next === end + 1) {\n      break\n    }\n    end = next\n  }\n  return end\n}\n\n/**\n * Reads three numbers separated by dots, then any prerelease and build suffixes.\n * Uses loose rules, so forms such as 01.02.03beta can match here.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position of the first number, after any prefix.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the version match, or start if none matches.\n * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14\n * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers\n */\nconst findLooseFullVersionEndIndex = (range, start, digitRuns) => {\n  let end = start\n  for (let component = 0; component < 3; component++) {\n    const next = findVersionNumberEndIndex(range, end, true, digitRuns)\n    if (next === end) {\n      return start\n    }\n    end = next\n    if (component < 2) {\n      if (range[end] !== '.') {\n        return start\n      }\n      end++\n    }\n  }\n  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)\n  return findBuildEndIndex(range, prereleaseEnd)\n}\n\n/**\n * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.\n * Numbers use strict leading-zero rules; wildcards take up one character.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position where the component should begin.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the component, or start if none matches.\n * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot\n * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x\n */\nconst findPartialVersionComponentEndIndex = (range, start, digitRuns) => {\n  if (isDigit(range[start])) {\n    return findVersionNumberEndIndex(range, start, false, digitRuns)\n  }\n  return isVersionStart(range[start]) ? start + 1 : start\n}\n\n/**\n * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.\n * After the third component, also reads any strict prerelease and build suffixes.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position of a number or wildcard, after any prefix.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position after the matched version text.\n * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space\n * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread\n */\nconst findPartialVersionEndIndex = (range, start, digitRuns) => {\n  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)\n  for (let component = 0; component < 2; component++) {\n    if (range[end] !== '.') {\n      return end\n    }\n    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)\n    if (next === end + 1) {\n      return end\n    }\n    end = next\n  }\n  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)\n  return findBuildEndIndex(range, prereleaseEnd)\n}\n\n/**\n * Finds where a version match ends, without deciding whether the range is valid.\n * Tries a loose full version first, then a partial or wildcard version, just\n * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.\n *\n * @param {string} range The text to read; it is not changed.\n * @param {number} start The position of a number or wildcard, after any prefix.\n * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.\n * @returns {number} The position where scanning the next candidate can resume.\n * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space\n * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space\n */\nconst findVersionEndIndex = (range, start, digitRuns) => {\n  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)\n  return fullVersionEnd !== start\n    ? fullVersionEnd\n    : findPartialVersionEndIndex(range, start, digitRuns)\n}\n\n/**\n * Finds the one whitespace character the old replacement would remove.\n * Keeps leading whitespace, skips an optional operator, and checks immediately\n * after it. Returns -1 if there is nothing to remove.\n *\n * @param {string} range The text containing a candidate already found by the caller.\n * @param {number} matchStart The candidate's position, including leading whitespace.\n * @returns {number} The position of the removable whitespace, or -1 if absent.\n * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0\n * @example findRemovableWhitespaceIndex('>1', 0) // -1\n */\nconst findRemovableWhitespaceIndex = (range, matchStart) => {\n  let position = matchStart\n  if (isWhitespace(range[position])) {\n    position++\n  }\n  if (range[position] === '<' || range[position] === '>') {\n    position++\n  }\n  if (range[position] === '=') {\n    position++\n  }\n  return isWhitespace(range[position]) ? position : -1\n}\n\n/**\n * Joins an operator to its version, turning > 1.2.3 into >1.2.3.\n * Copies everything else according to the old regex's matching rules.\n * Moves forward through prefixes and whole versions to avoid repeatedly\n * searching the same characters on long inputs.\n *\n * @param {string} range The range text to process; the original string is unchanged.\n * @returns {string} The range with matched operator whitespace removed.\n * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'\n * @example trimComparatorWhitespace('> invalid') // '> invalid'\n */\nconst trimComparatorWhitespace = range => {\n  let result = ''\n  let copyFrom = 0\n  let cursor = 0\n  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }\n\n  while (cursor < range.length) {\n    const matchStart = cursor\n    if (range[cursor] === '<' || range[cursor] === '>') {\n      cursor++\n    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {\n      cursor++\n      continue\n    }\n\n    // Consume a v/=/whitespace run once, even when no version follows it.\n    while (cursor < range.length && isVersionPrefix(range[cursor])) {\n      cursor++\n    }\n    if (!isVersionStart(range[cursor])) {\n      continue\n    }\n\n    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)\n    if (whitespacePosition !== -1) {\n      result += range.slice(copyFrom, whitespacePosition)\n      copyFrom = whitespacePosition + 1\n    }\n\n    // Skip the entire match, so a prerelease's trailing v cannot be\n    // reconsidered as the prefix of another version.\n    cursor = findVersionEndIndex(range, cursor, digitRuns)\n  }\n\n  return result + range.slice(copyFrom)\n}\n\nmodule.exports = trimComparatorWhitespace\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/internal/trim-comparator-whitespace.js"),

/***/ 2874: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\n// Determine if version is greater than all the versions possible in the range.\nconst outside = __nccwpck_require__(9638)\nconst gtr = (version, range, options) => outside(version, range, '>', options)\nmodule.exports = gtr\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/gtr.js"),

/***/ 5439: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst Range = __nccwpck_require__(7668)\nconst intersects = (r1, r2, options) => {\n  r1 = new Range(r1, options)\n  r2 = new Range(r2, options)\n  return r1.intersects(r2, options)\n}\nmodule.exports = intersects\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/intersects.js"),

/***/ 2831: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst outside = __nccwpck_require__(9638)\n// Determine if version is less than all the versions possible in the range\nconst ltr = (version, range, options) => outside(version, range, '<', options)\nmodule.exports = ltr\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/ltr.js"),

/***/ 5903: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst Range = __nccwpck_require__(7668)\n\nconst maxSatisfying = (versions, range, options) => {\n  let max = null\n  let maxSV = null\n  let rangeObj = null\n  try {\n    rangeObj = new Range(range, options)\n  } catch (er) {\n    return null\n  }\n  versions.forEach((v) => {\n    if (rangeObj.test(v)) {\n      // satisfies(v, range, options)\n      if (!max || maxSV.compare(v) === -1) {\n        // compare(max, v, true)\n        max = v\n        maxSV = new SemVer(max, options)\n      }\n    }\n  })\n  return max\n}\nmodule.exports = maxSatisfying\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/max-satisfying.js"),

/***/ 8957: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst Range = __nccwpck_require__(7668)\nconst minSatisfying = (versions, range, options) => {\n  let min = null\n  let minSV = null\n  let rangeObj = null\n  try {\n    rangeObj = new Range(range, options)\n  } catch (er) {\n    return null\n  }\n  versions.forEach((v) => {\n    if (rangeObj.test(v)) {\n      // satisfies(v, range, options)\n      if (!min || minSV.compare(v) === 1) {\n        // compare(min, v, true)\n        min = v\n        minSV = new SemVer(min, options)\n      }\n    }\n  })\n  return min\n}\nmodule.exports = minSatisfying\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/min-satisfying.js"),

/***/ 9888: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst Range = __nccwpck_require__(7668)\nconst gt = __nccwpck_require__(9441)\n\nconst minVersion = (range, loose) => {\n  range = new Range(range, loose)\n\n  let minver = new SemVer('0.0.0')\n  if (range.test(minver)) {\n    return minver\n  }\n\n  minver = new SemVer('0.0.0-0')\n  if (range.test(minver)) {\n    return minver\n  }\n\n  minver = null\n  for (let i = 0; i < range.set.length; ++i) {\n    const comparators = range.set[i]\n\n    let setMin = null\n    comparators.forEach((comparator) => {\n      // Clone to avoid manipulating the comparator's semver object.\n      const compver = new SemVer(comparator.semver.version)\n      switch (comparator.operator) {\n        case '>':\n          if (compver.prerelease.length === 0) {\n            compver.patch++\n          } else {\n            compver.prerelease.push(0)\n          }\n          compver.raw = compver.format()\n          /* fallthrough */\n        case '':\n        case '>=':\n          if (!setMin || gt(compver, setMin)) {\n            setMin = compver\n          }\n          break\n        case '<':\n        case '<=':\n          /* Ignore maximum versions */\n          break\n        /* istanbul ignore next */\n        default:\n          throw new Error(`Unexpected operation: ${comparator.operator}`)\n      }\n    })\n    if (setMin && (!minver || gt(minver, setMin))) {\n      minver = setMin\n    }\n  }\n\n  if (minver && range.test(minver)) {\n    return minver\n  }\n\n  return null\n}\nmodule.exports = minVersion\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/min-version.js"),

/***/ 9638: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst SemVer = __nccwpck_require__(5573)\nconst Comparator = __nccwpck_require__(5021)\nconst { ANY } = Comparator\nconst Range = __nccwpck_require__(7668)\nconst satisfies = __nccwpck_require__(5197)\nconst gt = __nccwpck_require__(9441)\nconst lt = __nccwpck_require__(3470)\nconst lte = __nccwpck_require__(7111)\nconst gte = __nccwpck_require__(9106)\n\nconst outside = (version, range, hilo, options) => {\n  version = new SemVer(version, options)\n  range = new Range(range, options)\n\n  let gtfn, ltefn, ltfn, comp, ecomp\n  switch (hilo) {\n    case '>':\n      gtfn = gt\n      ltefn = lte\n      ltfn = lt\n      comp = '>'\n      ecomp = '>='\n      break\n    case '<':\n      gtfn = lt\n      ltefn = gte\n      ltfn = gt\n      comp = '<'\n      ecomp = '<='\n      break\n    default:\n      throw new TypeError('Must provide a hilo val of \"<\" or \">\"')\n  }\n\n  // If it satisfies the range it is not outside\n  if (satisfies(version, range, options)) {\n    return false\n  }\n\n  // From now on, variable terms are as if we're in \"gtr\" mode.\n  // but note that everything is flipped for the \"ltr\" function.\n\n  for (let i = 0; i < range.set.length; ++i) {\n    const comparators = range.set[i]\n\n    let high = null\n    let low = null\n\n    comparators.forEach((comparator) => {\n      if (comparator.semver === ANY) {\n        comparator = new Comparator('>=0.0.0')\n      }\n      high = high || comparator\n      low = low || comparator\n      if (gtfn(comparator.semver, high.semver, options)) {\n        high = comparator\n      } else if (ltfn(comparator.semver, low.semver, options)) {\n        low = comparator\n      }\n    })\n\n    // If the edge version comparator has a operator then our version\n    // isn't outside it\n    if (high.operator === comp || high.operator === ecomp) {\n      return false\n    }\n\n    // If the lowest version comparator has an operator and our version\n    // is less than it then it isn't higher than the range\n    if ((!low.operator || low.operator === comp) &&\n        ltefn(version, low.semver)) {\n      return false\n    } else if (low.operator === ecomp && ltfn(version, low.semver)) {\n      return false\n    }\n  }\n  return true\n}\n\nmodule.exports = outside\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/outside.js"),

/***/ 8150: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\n// given a set of versions and a range, create a \"simplified\" range\n// that includes the same versions that the original range does\n// If the original range is shorter than the simplified one, return that.\nconst satisfies = __nccwpck_require__(5197)\nconst compare = __nccwpck_require__(4507)\nmodule.exports = (versions, range, options) => {\n  const set = []\n  let first = null\n  let prev = null\n  const v = versions.sort((a, b) => compare(a, b, options))\n  for (const version of v) {\n    const included = satisfies(version, range, options)\n    if (included) {\n      prev = version\n      if (!first) {\n        first = version\n      }\n    } else {\n      if (prev) {\n        set.push([first, prev])\n      }\n      prev = null\n      first = null\n    }\n  }\n  if (first) {\n    set.push([first, null])\n  }\n\n  const ranges = []\n  for (const [min, max] of set) {\n    if (min === max) {\n      ranges.push(min)\n    } else if (!max && min === v[0]) {\n      ranges.push('*')\n    } else if (!max) {\n      ranges.push(`>=${min}`)\n    } else if (min === v[0]) {\n      ranges.push(`<=${max}`)\n    } else {\n      ranges.push(`${min} - ${max}`)\n    }\n  }\n  const simplified = ranges.join(' || ')\n  const original = typeof range.raw === 'string' ? range.raw : String(range)\n  return simplified.length < original.length ? simplified : range\n}\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/simplify.js"),

/***/ 7831: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst Range = __nccwpck_require__(7668)\nconst Comparator = __nccwpck_require__(5021)\nconst { ANY } = Comparator\nconst satisfies = __nccwpck_require__(5197)\nconst compare = __nccwpck_require__(4507)\n\n// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:\n// - Every simple range `r1, r2, ...` is a null set, OR\n// - Every simple range `r1, r2, ...` which is not a null set is a subset of\n//   some `R1, R2, ...`\n//\n// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:\n// - If c is only the ANY comparator\n//   - If C is only the ANY comparator, return true\n//   - Else if in prerelease mode, return false\n//   - else replace c with `[>=0.0.0]`\n// - If C is only the ANY comparator\n//   - if in prerelease mode, return true\n//   - else replace C with `[>=0.0.0]`\n// - Let EQ be the set of = comparators in c\n// - If EQ is more than one, return true (null set)\n// - Let GT be the highest > or >= comparator in c\n// - Let LT be the lowest < or <= comparator in c\n// - If GT and LT, and GT.semver > LT.semver, return true (null set)\n// - If any C is a = range, and GT or LT are set, return false\n// - If EQ\n//   - If GT, and EQ does not satisfy GT, return true (null set)\n//   - If LT, and EQ does not satisfy LT, return true (null set)\n//   - If EQ satisfies every C, return true\n//   - Else return false\n// - If GT\n//   - If GT.semver is lower than any > or >= comp in C, return false\n//   - If GT is >=, and GT.semver does not satisfy every C, return false\n//   - If GT.semver has a prerelease, and not in prerelease mode\n//     - If no C has a prerelease and the GT.semver tuple, return false\n// - If LT\n//   - If LT.semver is greater than any < or <= comp in C, return false\n//   - If LT is <=, and LT.semver does not satisfy every C, return false\n//   - If LT.semver has a prerelease, and not in prerelease mode\n//     - If no C has a prerelease and the LT.semver tuple, return false\n// - Else return true\n\nconst subset = (sub, dom, options = {}) => {\n  if (sub === dom) {\n    return true\n  }\n\n  sub = new Range(sub, options)\n  dom = new Range(dom, options)\n  let sawNonNull = false\n\n  OUTER: for (const simpleSub of sub.set) {\n    for (const simpleDom of dom.set) {\n      const isSub = simpleSubset(simpleSub, simpleDom, options)\n      sawNonNull = sawNonNull || isSub !== null\n      if (isSub) {\n        continue OUTER\n      }\n    }\n    // the null set is a subset of everything, but null simple ranges in\n    // a complex range should be ignored.  so if we saw a non-null range,\n    // then we know this isn't a subset, but if EVERY simple range was null,\n    // then it is a subset.\n    if (sawNonNull) {\n      return false\n    }\n  }\n  return true\n}\n\nconst minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]\nconst minimumVersion = [new Comparator('>=0.0.0')]\n\nconst simpleSubset = (sub, dom, options) => {\n  if (sub === dom) {\n    return true\n  }\n\n  if (sub.length === 1 && sub[0].semver === ANY) {\n    if (dom.length === 1 && dom[0].semver === ANY) {\n      return true\n    } else if (options.includePrerelease) {\n      sub = minimumVersionWithPreRelease\n    } else {\n      sub = minimumVersion\n    }\n  }\n\n  if (dom.length === 1 && dom[0].semver === ANY) {\n    if (options.includePrerelease) {\n      return true\n    } else {\n      dom = minimumVersion\n    }\n  }\n\n  const eqSet = new Set()\n  let gt, lt\n  for (const c of sub) {\n    if (c.operator === '>' || c.operator === '>=') {\n      gt = higherGT(gt, c, options)\n    } else if (c.operator === '<' || c.operator === '<=') {\n      lt = lowerLT(lt, c, options)\n    } else {\n      eqSet.add(c.semver)\n    }\n  }\n\n  if (eqSet.size > 1) {\n    return null\n  }\n\n  let gtltComp\n  if (gt && lt) {\n    gtltComp = compare(gt.semver, lt.semver, options)\n    if (gtltComp > 0) {\n      return null\n    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {\n      return null\n    }\n  }\n\n  // will iterate one or zero times\n  for (const eq of eqSet) {\n    if (gt && !satisfies(eq, String(gt), options)) {\n      return null\n    }\n\n    if (lt && !satisfies(eq, String(lt), options)) {\n      return null\n    }\n\n    for (const c of dom) {\n      if (!satisfies(eq, String(c), options)) {\n        return false\n      }\n    }\n\n    return true\n  }\n\n  let higher, lower\n  let hasDomLT, hasDomGT\n  // if the subset has a prerelease, we need a comparator in the superset\n  // with the same tuple and a prerelease, or it's not a subset\n  let needDomLTPre = lt &&\n    !options.includePrerelease &&\n    lt.semver.prerelease.length ? lt.semver : false\n  let needDomGTPre = gt &&\n    !options.includePrerelease &&\n    gt.semver.prerelease.length ? gt.semver : false\n  // exception: <1.2.3-0 is the same as <1.2.3\n  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&\n      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {\n    needDomLTPre = false\n  }\n\n  for (const c of dom) {\n    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='\n    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='\n    if (gt) {\n      if (needDomGTPre) {\n        if (c.semver.prerelease && c.semver.prerelease.length &&\n            c.semver.major === needDomGTPre.major &&\n            c.semver.minor === needDomGTPre.minor &&\n            c.semver.patch === needDomGTPre.patch) {\n          needDomGTPre = false\n        }\n      }\n      if (c.operator === '>' || c.operator === '>=') {\n        higher = higherGT(gt, c, options)\n        if (higher === c && higher !== gt) {\n          return false\n        }\n      } else if (gt.operator === '>=' && !c.test(gt.semver)) {\n        return false\n      }\n    }\n    if (lt) {\n      if (needDomLTPre) {\n        if (c.semver.prerelease && c.semver.prerelease.length &&\n            c.semver.major === needDomLTPre.major &&\n            c.semver.minor === needDomLTPre.minor &&\n            c.semver.patch === needDomLTPre.patch) {\n          needDomLTPre = false\n        }\n      }\n      if (c.operator === '<' || c.operator === '<=') {\n        lower = lowerLT(lt, c, options)\n        if (lower === c && lower !== lt) {\n          return false\n        }\n      } else if (lt.operator === '<=' && !c.test(lt.semver)) {\n        return false\n      }\n    }\n    if (!c.operator && (lt || gt) && gtltComp !== 0) {\n      return false\n    }\n  }\n\n  // if there was a < or >, and nothing in the dom, then must be false\n  // UNLESS it was limited by another range in the other direction.\n  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0\n  if (gt && hasDomLT && !lt && gtltComp !== 0) {\n    return false\n  }\n\n  if (lt && hasDomGT && !gt && gtltComp !== 0) {\n    return false\n  }\n\n  // we needed a prerelease range in a specific tuple, but didn't get one\n  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,\n  // because it includes prereleases in the 1.2.3 tuple\n  if (needDomGTPre || needDomLTPre) {\n    return false\n  }\n\n  return true\n}\n\n// >=1.2.3 is lower than >1.2.3\nconst higherGT = (a, b, options) => {\n  if (!a) {\n    return b\n  }\n  const comp = compare(a.semver, b.semver, options)\n  return comp > 0 ? a\n    : comp < 0 ? b\n    : b.operator === '>' && a.operator === '>=' ? b\n    : a\n}\n\n// <=1.2.3 is higher than <1.2.3\nconst lowerLT = (a, b, options) => {\n  if (!a) {\n    return b\n  }\n  const comp = compare(a.semver, b.semver, options)\n  return comp < 0 ? a\n    : comp > 0 ? b\n    : b.operator === '<' && a.operator === '<=' ? b\n    : a\n}\n\nmodule.exports = subset\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/subset.js"),

/***/ 6236: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst Range = __nccwpck_require__(7668)\n\n// Mostly just for testing and legacy API reasons\nconst toComparators = (range, options) =>\n  new Range(range, options).set\n    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))\n\nmodule.exports = toComparators\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/to-comparators.js"),

/***/ 4907: __nccwpck_lazy(["module","__unused_webpack_exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nconst Range = __nccwpck_require__(7668)\nconst validRange = (range, options) => {\n  try {\n    // Return '*' instead of '' so that truthiness works.\n    // This will throw if it's invalid anyway\n    return new Range(range, options).range || '*'\n  } catch (er) {\n    return null\n  }\n}\nmodule.exports = validRange\n\n\n//# sourceURL=webpack-lazy://node_modules/semver/ranges/valid.js"),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3043: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\nvar YAMLMap = __nccwpck_require__(1856);\nvar YAMLSeq = __nccwpck_require__(3013);\nvar resolveBlockMap = __nccwpck_require__(9573);\nvar resolveBlockSeq = __nccwpck_require__(1120);\nvar resolveFlowCollection = __nccwpck_require__(8884);\n\nfunction resolveCollection(CN, ctx, token, onError, tagName, tag) {\n    const coll = token.type === 'block-map'\n        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)\n        : token.type === 'block-seq'\n            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)\n            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);\n    const Coll = coll.constructor;\n    // If we got a tagName matching the class, or the tag name is '!',\n    // then use the tagName from the node class used to create it.\n    if (tagName === '!' || tagName === Coll.tagName) {\n        coll.tag = Coll.tagName;\n        return coll;\n    }\n    if (tagName)\n        coll.tag = tagName;\n    return coll;\n}\nfunction composeCollection(CN, ctx, token, props, onError) {\n    const tagToken = props.tag;\n    const tagName = !tagToken\n        ? null\n        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));\n    if (token.type === 'block-seq') {\n        const { anchor, newlineAfterProp: nl } = props;\n        const lastProp = anchor && tagToken\n            ? anchor.offset > tagToken.offset\n                ? anchor\n                : tagToken\n            : (anchor ?? tagToken);\n        if (lastProp && (!nl || nl.offset < lastProp.offset)) {\n            const message = 'Missing newline after block sequence props';\n            onError(lastProp, 'MISSING_CHAR', message);\n        }\n    }\n    const expType = token.type === 'block-map'\n        ? 'map'\n        : token.type === 'block-seq'\n            ? 'seq'\n            : token.start.source === '{'\n                ? 'map'\n                : 'seq';\n    // shortcut: check if it's a generic YAMLMap or YAMLSeq\n    // before jumping into the custom tag logic.\n    if (!tagToken ||\n        !tagName ||\n        tagName === '!' ||\n        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||\n        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {\n        return resolveCollection(CN, ctx, token, onError, tagName);\n    }\n    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);\n    if (!tag) {\n        const kt = ctx.schema.knownTags[tagName];\n        if (kt?.collection === expType) {\n            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));\n            tag = kt;\n        }\n        else {\n            if (kt) {\n                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);\n            }\n            else {\n                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);\n            }\n            return resolveCollection(CN, ctx, token, onError, tagName);\n        }\n    }\n    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);\n    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;\n    const node = identity.isNode(res)\n        ? res\n        : new Scalar.Scalar(res);\n    node.range = coll.range;\n    node.tag = tagName;\n    if (tag?.format)\n        node.format = tag.format;\n    return node;\n}\n\nexports.composeCollection = composeCollection;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/compose-collection.js"),

/***/ 4153: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Document = __nccwpck_require__(3915);\nvar composeNode = __nccwpck_require__(7691);\nvar resolveEnd = __nccwpck_require__(2022);\nvar resolveProps = __nccwpck_require__(3121);\n\nfunction composeDoc(options, directives, { offset, start, value, end }, onError) {\n    const opts = Object.assign({ _directives: directives }, options);\n    const doc = new Document.Document(undefined, opts);\n    const ctx = {\n        atKey: false,\n        atRoot: true,\n        directives: doc.directives,\n        options: doc.options,\n        schema: doc.schema\n    };\n    const props = resolveProps.resolveProps(start, {\n        indicator: 'doc-start',\n        next: value ?? end?.[0],\n        offset,\n        onError,\n        parentIndent: 0,\n        startOnNewline: true\n    });\n    if (props.found) {\n        doc.directives.docStart = true;\n        if (value &&\n            (value.type === 'block-map' || value.type === 'block-seq') &&\n            !props.hasNewline)\n            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');\n    }\n    // @ts-expect-error If Contents is set, let's trust the user\n    doc.contents = value\n        ? composeNode.composeNode(ctx, value, props, onError)\n        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);\n    const contentEnd = doc.contents.range[2];\n    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);\n    if (re.comment)\n        doc.comment = re.comment;\n    doc.range = [offset, contentEnd, re.offset];\n    return doc;\n}\n\nexports.composeDoc = composeDoc;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/compose-doc.js"),

/***/ 7691: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Alias = __nccwpck_require__(7);\nvar identity = __nccwpck_require__(1737);\nvar composeCollection = __nccwpck_require__(3043);\nvar composeScalar = __nccwpck_require__(6547);\nvar resolveEnd = __nccwpck_require__(2022);\nvar utilEmptyScalarPosition = __nccwpck_require__(3933);\n\nconst CN = { composeNode, composeEmptyNode };\nfunction composeNode(ctx, token, props, onError) {\n    const atKey = ctx.atKey;\n    const { spaceBefore, comment, anchor, tag } = props;\n    let node;\n    let isSrcToken = true;\n    switch (token.type) {\n        case 'alias':\n            node = composeAlias(ctx, token, onError);\n            if (anchor || tag)\n                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');\n            break;\n        case 'scalar':\n        case 'single-quoted-scalar':\n        case 'double-quoted-scalar':\n        case 'block-scalar':\n            node = composeScalar.composeScalar(ctx, token, tag, onError);\n            if (anchor)\n                node.anchor = anchor.source.substring(1);\n            break;\n        case 'block-map':\n        case 'block-seq':\n        case 'flow-collection':\n            try {\n                node = composeCollection.composeCollection(CN, ctx, token, props, onError);\n                if (anchor)\n                    node.anchor = anchor.source.substring(1);\n            }\n            catch (error) {\n                // Almost certainly here due to a stack overflow\n                const message = error instanceof Error ? error.message : String(error);\n                onError(token, 'RESOURCE_EXHAUSTION', message);\n            }\n            break;\n        default: {\n            const message = token.type === 'error'\n                ? token.message\n                : `Unsupported token (type: ${token.type})`;\n            onError(token, 'UNEXPECTED_TOKEN', message);\n            isSrcToken = false;\n        }\n    }\n    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));\n    if (anchor && node.anchor === '')\n        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');\n    if (atKey &&\n        ctx.options.stringKeys &&\n        (!identity.isScalar(node) ||\n            typeof node.value !== 'string' ||\n            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {\n        const msg = 'With stringKeys, all keys must be strings';\n        onError(tag ?? token, 'NON_STRING_KEY', msg);\n    }\n    if (spaceBefore)\n        node.spaceBefore = true;\n    if (comment) {\n        if (token.type === 'scalar' && token.source === '')\n            node.comment = comment;\n        else\n            node.commentBefore = comment;\n    }\n    // @ts-expect-error Type checking misses meaning of isSrcToken\n    if (ctx.options.keepSourceTokens && isSrcToken)\n        node.srcToken = token;\n    return node;\n}\nfunction composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {\n    const token = {\n        type: 'scalar',\n        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),\n        indent: -1,\n        source: ''\n    };\n    const node = composeScalar.composeScalar(ctx, token, tag, onError);\n    if (anchor) {\n        node.anchor = anchor.source.substring(1);\n        if (node.anchor === '')\n            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');\n    }\n    if (spaceBefore)\n        node.spaceBefore = true;\n    if (comment) {\n        node.comment = comment;\n        node.range[2] = end;\n    }\n    return node;\n}\nfunction composeAlias({ options }, { offset, source, end }, onError) {\n    const alias = new Alias.Alias(source.substring(1));\n    if (alias.source === '')\n        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');\n    if (alias.source.endsWith(':'))\n        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);\n    const valueEnd = offset + source.length;\n    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);\n    alias.range = [offset, valueEnd, re.offset];\n    if (re.comment)\n        alias.comment = re.comment;\n    return alias;\n}\n\nexports.composeEmptyNode = composeEmptyNode;\nexports.composeNode = composeNode;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/compose-node.js"),

/***/ 6547: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\nvar resolveBlockScalar = __nccwpck_require__(1399);\nvar resolveFlowScalar = __nccwpck_require__(2976);\n\nfunction composeScalar(ctx, token, tagToken, onError) {\n    const { value, type, comment, range } = token.type === 'block-scalar'\n        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)\n        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);\n    const tagName = tagToken\n        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))\n        : null;\n    let tag;\n    if (ctx.options.stringKeys && ctx.atKey) {\n        tag = ctx.schema[identity.SCALAR];\n    }\n    else if (tagName)\n        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);\n    else if (token.type === 'scalar')\n        tag = findScalarTagByTest(ctx, value, token, onError);\n    else\n        tag = ctx.schema[identity.SCALAR];\n    let scalar;\n    try {\n        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);\n        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);\n    }\n    catch (error) {\n        const msg = error instanceof Error ? error.message : String(error);\n        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);\n        scalar = new Scalar.Scalar(value);\n    }\n    scalar.range = range;\n    scalar.source = value;\n    if (type)\n        scalar.type = type;\n    if (tagName)\n        scalar.tag = tagName;\n    if (tag.format)\n        scalar.format = tag.format;\n    if (comment)\n        scalar.comment = comment;\n    return scalar;\n}\nfunction findScalarTagByName(schema, value, tagName, tagToken, onError) {\n    if (tagName === '!')\n        return schema[identity.SCALAR]; // non-specific tag\n    const matchWithTest = [];\n    for (const tag of schema.tags) {\n        if (!tag.collection && tag.tag === tagName) {\n            if (tag.default && tag.test)\n                matchWithTest.push(tag);\n            else\n                return tag;\n        }\n    }\n    for (const tag of matchWithTest)\n        if (tag.test?.test(value))\n            return tag;\n    const kt = schema.knownTags[tagName];\n    if (kt && !kt.collection) {\n        // Ensure that the known tag is available for stringifying,\n        // but does not get used by default.\n        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));\n        return kt;\n    }\n    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');\n    return schema[identity.SCALAR];\n}\nfunction findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {\n    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&\n        tag.test?.test(value)) || schema[identity.SCALAR];\n    if (schema.compat) {\n        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??\n            schema[identity.SCALAR];\n        if (tag.tag !== compat.tag) {\n            const ts = directives.tagString(tag.tag);\n            const cs = directives.tagString(compat.tag);\n            const msg = `Value may be parsed as either ${ts} or ${cs}`;\n            onError(token, 'TAG_RESOLVE_FAILED', msg, true);\n        }\n    }\n    return tag;\n}\n\nexports.composeScalar = composeScalar;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/compose-scalar.js"),

/***/ 2814: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar node_process = __nccwpck_require__(932);\nvar directives = __nccwpck_require__(2768);\nvar Document = __nccwpck_require__(3915);\nvar errors = __nccwpck_require__(8450);\nvar identity = __nccwpck_require__(1737);\nvar composeDoc = __nccwpck_require__(4153);\nvar resolveEnd = __nccwpck_require__(2022);\n\nfunction getErrorPos(src) {\n    if (typeof src === 'number')\n        return [src, src + 1];\n    if (Array.isArray(src))\n        return src.length === 2 ? src : [src[0], src[1]];\n    const { offset, source } = src;\n    return [offset, offset + (typeof source === 'string' ? source.length : 1)];\n}\nfunction parsePrelude(prelude) {\n    let comment = '';\n    let atComment = false;\n    let afterEmptyLine = false;\n    for (let i = 0; i < prelude.length; ++i) {\n        const source = prelude[i];\n        switch (source[0]) {\n            case '#':\n                comment +=\n                    (comment === '' ? '' : afterEmptyLine ? '\\n\\n' : '\\n') +\n                        (source.substring(1) || ' ');\n                atComment = true;\n                afterEmptyLine = false;\n                break;\n            case '%':\n                if (prelude[i + 1]?.[0] !== '#')\n                    i += 1;\n                atComment = false;\n                break;\n            default:\n                // This may be wrong after doc-end, but in that case it doesn't matter\n                if (!atComment)\n                    afterEmptyLine = true;\n                atComment = false;\n        }\n    }\n    return { comment, afterEmptyLine };\n}\n/**\n * Compose a stream of CST nodes into a stream of YAML Documents.\n *\n * ```ts\n * import { Composer, Parser } from 'yaml'\n *\n * const src: string = ...\n * const tokens = new Parser().parse(src)\n * const docs = new Composer().compose(tokens)\n * ```\n */\nclass Composer {\n    constructor(options = {}) {\n        this.doc = null;\n        this.atDirectives = false;\n        this.prelude = [];\n        this.errors = [];\n        this.warnings = [];\n        this.onError = (source, code, message, warning) => {\n            const pos = getErrorPos(source);\n            if (warning)\n                this.warnings.push(new errors.YAMLWarning(pos, code, message));\n            else\n                this.errors.push(new errors.YAMLParseError(pos, code, message));\n        };\n        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing\n        this.directives = new directives.Directives({ version: options.version || '1.2' });\n        this.options = options;\n    }\n    decorate(doc, afterDoc) {\n        const { comment, afterEmptyLine } = parsePrelude(this.prelude);\n        //console.log({ dc: doc.comment, prelude, comment })\n        if (comment) {\n            const dc = doc.contents;\n            if (afterDoc) {\n                doc.comment = doc.comment ? `${doc.comment}\\n${comment}` : comment;\n            }\n            else if (afterEmptyLine || doc.directives.docStart || !dc) {\n                doc.commentBefore = comment;\n            }\n            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {\n                let it = dc.items[0];\n                if (identity.isPair(it))\n                    it = it.key;\n                const cb = it.commentBefore;\n                it.commentBefore = cb ? `${comment}\\n${cb}` : comment;\n            }\n            else {\n                const cb = dc.commentBefore;\n                dc.commentBefore = cb ? `${comment}\\n${cb}` : comment;\n            }\n        }\n        if (afterDoc) {\n            for (let i = 0; i < this.errors.length; ++i)\n                doc.errors.push(this.errors[i]);\n            for (let i = 0; i < this.warnings.length; ++i)\n                doc.warnings.push(this.warnings[i]);\n        }\n        else {\n            doc.errors = this.errors;\n            doc.warnings = this.warnings;\n        }\n        this.prelude = [];\n        this.errors = [];\n        this.warnings = [];\n    }\n    /**\n     * Current stream status information.\n     *\n     * Mostly useful at the end of input for an empty stream.\n     */\n    streamInfo() {\n        return {\n            comment: parsePrelude(this.prelude).comment,\n            directives: this.directives,\n            errors: this.errors,\n            warnings: this.warnings\n        };\n    }\n    /**\n     * Compose tokens into documents.\n     *\n     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.\n     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.\n     */\n    *compose(tokens, forceDoc = false, endOffset = -1) {\n        for (const token of tokens)\n            yield* this.next(token);\n        yield* this.end(forceDoc, endOffset);\n    }\n    /** Advance the composer by one CST token. */\n    *next(token) {\n        if (node_process.env.LOG_STREAM)\n            console.dir(token, { depth: null });\n        switch (token.type) {\n            case 'directive':\n                this.directives.add(token.source, (offset, message, warning) => {\n                    const pos = getErrorPos(token);\n                    pos[0] += offset;\n                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);\n                });\n                this.prelude.push(token.source);\n                this.atDirectives = true;\n                break;\n            case 'document': {\n                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);\n                if (this.atDirectives && !doc.directives.docStart)\n                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');\n                this.decorate(doc, false);\n                if (this.doc)\n                    yield this.doc;\n                this.doc = doc;\n                this.atDirectives = false;\n                break;\n            }\n            case 'byte-order-mark':\n            case 'space':\n                break;\n            case 'comment':\n            case 'newline':\n                this.prelude.push(token.source);\n                break;\n            case 'error': {\n                const msg = token.source\n                    ? `${token.message}: ${JSON.stringify(token.source)}`\n                    : token.message;\n                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);\n                if (this.atDirectives || !this.doc)\n                    this.errors.push(error);\n                else\n                    this.doc.errors.push(error);\n                break;\n            }\n            case 'doc-end': {\n                if (!this.doc) {\n                    const msg = 'Unexpected doc-end without preceding document';\n                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));\n                    break;\n                }\n                this.doc.directives.docEnd = true;\n                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);\n                this.decorate(this.doc, true);\n                if (end.comment) {\n                    const dc = this.doc.comment;\n                    this.doc.comment = dc ? `${dc}\\n${end.comment}` : end.comment;\n                }\n                this.doc.range[2] = end.offset;\n                break;\n            }\n            default:\n                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));\n        }\n    }\n    /**\n     * Call at end of input to yield any remaining document.\n     *\n     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.\n     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.\n     */\n    *end(forceDoc = false, endOffset = -1) {\n        if (this.doc) {\n            this.decorate(this.doc, true);\n            yield this.doc;\n            this.doc = null;\n        }\n        else if (forceDoc) {\n            const opts = Object.assign({ _directives: this.directives }, this.options);\n            const doc = new Document.Document(undefined, opts);\n            if (this.atDirectives)\n                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');\n            doc.range = [0, endOffset, endOffset];\n            this.decorate(doc, false);\n            yield doc;\n        }\n    }\n}\n\nexports.Composer = Composer;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/composer.js"),

/***/ 9573: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Pair = __nccwpck_require__(7567);\nvar YAMLMap = __nccwpck_require__(1856);\nvar resolveProps = __nccwpck_require__(3121);\nvar utilContainsNewline = __nccwpck_require__(7865);\nvar utilFlowIndentCheck = __nccwpck_require__(5637);\nvar utilMapIncludes = __nccwpck_require__(1117);\n\nconst startColMsg = 'All mapping items must start at the same column';\nfunction resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {\n    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;\n    const map = new NodeClass(ctx.schema);\n    if (ctx.atRoot)\n        ctx.atRoot = false;\n    let offset = bm.offset;\n    let commentEnd = null;\n    for (const collItem of bm.items) {\n        const { start, key, sep, value } = collItem;\n        // key properties\n        const keyProps = resolveProps.resolveProps(start, {\n            indicator: 'explicit-key-ind',\n            next: key ?? sep?.[0],\n            offset,\n            onError,\n            parentIndent: bm.indent,\n            startOnNewline: true\n        });\n        const implicitKey = !keyProps.found;\n        if (implicitKey) {\n            if (key) {\n                if (key.type === 'block-seq')\n                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');\n                else if ('indent' in key && key.indent !== bm.indent)\n                    onError(offset, 'BAD_INDENT', startColMsg);\n            }\n            if (!keyProps.anchor && !keyProps.tag && !sep) {\n                commentEnd = keyProps.end;\n                if (keyProps.comment) {\n                    if (map.comment)\n                        map.comment += '\\n' + keyProps.comment;\n                    else\n                        map.comment = keyProps.comment;\n                }\n                continue;\n            }\n            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {\n                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');\n            }\n        }\n        else if (keyProps.found?.indent !== bm.indent) {\n            onError(offset, 'BAD_INDENT', startColMsg);\n        }\n        // key value\n        ctx.atKey = true;\n        const keyStart = keyProps.end;\n        const keyNode = key\n            ? composeNode(ctx, key, keyProps, onError)\n            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);\n        if (ctx.schema.compat)\n            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);\n        ctx.atKey = false;\n        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))\n            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');\n        // value properties\n        const valueProps = resolveProps.resolveProps(sep ?? [], {\n            indicator: 'map-value-ind',\n            next: value,\n            offset: keyNode.range[2],\n            onError,\n            parentIndent: bm.indent,\n            startOnNewline: !key || key.type === 'block-scalar'\n        });\n        offset = valueProps.end;\n        if (valueProps.found) {\n            if (implicitKey) {\n                if (value?.type === 'block-map' && !valueProps.hasNewline)\n                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');\n                if (ctx.options.strict &&\n                    keyProps.start < valueProps.found.offset - 1024)\n                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');\n            }\n            // value value\n            const valueNode = value\n                ? composeNode(ctx, value, valueProps, onError)\n                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);\n            if (ctx.schema.compat)\n                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);\n            offset = valueNode.range[2];\n            const pair = new Pair.Pair(keyNode, valueNode);\n            if (ctx.options.keepSourceTokens)\n                pair.srcToken = collItem;\n            map.items.push(pair);\n        }\n        else {\n            // key with no value\n            if (implicitKey)\n                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');\n            if (valueProps.comment) {\n                if (keyNode.comment)\n                    keyNode.comment += '\\n' + valueProps.comment;\n                else\n                    keyNode.comment = valueProps.comment;\n            }\n            const pair = new Pair.Pair(keyNode);\n            if (ctx.options.keepSourceTokens)\n                pair.srcToken = collItem;\n            map.items.push(pair);\n        }\n    }\n    if (commentEnd && commentEnd < offset)\n        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');\n    map.range = [bm.offset, offset, commentEnd ?? offset];\n    return map;\n}\n\nexports.resolveBlockMap = resolveBlockMap;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-block-map.js"),

/***/ 1399: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\n\nfunction resolveBlockScalar(ctx, scalar, onError) {\n    const start = scalar.offset;\n    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);\n    if (!header)\n        return { value: '', type: null, comment: '', range: [start, start, start] };\n    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;\n    const lines = scalar.source ? splitLines(scalar.source) : [];\n    // determine the end of content & start of chomping\n    let chompStart = lines.length;\n    for (let i = lines.length - 1; i >= 0; --i) {\n        const content = lines[i][1];\n        if (content === '' || content === '\\r')\n            chompStart = i;\n        else\n            break;\n    }\n    // shortcut for empty contents\n    if (chompStart === 0) {\n        const value = header.chomp === '+' && lines.length > 0\n            ? '\\n'.repeat(Math.max(1, lines.length - 1))\n            : '';\n        let end = start + header.length;\n        if (scalar.source)\n            end += scalar.source.length;\n        return { value, type, comment: header.comment, range: [start, end, end] };\n    }\n    // find the indentation level to trim from start\n    let trimIndent = scalar.indent + header.indent;\n    let offset = scalar.offset + header.length;\n    let contentStart = 0;\n    for (let i = 0; i < chompStart; ++i) {\n        const [indent, content] = lines[i];\n        if (content === '' || content === '\\r') {\n            if (header.indent === 0 && indent.length > trimIndent)\n                trimIndent = indent.length;\n        }\n        else {\n            if (indent.length < trimIndent) {\n                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';\n                onError(offset + indent.length, 'MISSING_CHAR', message);\n            }\n            if (header.indent === 0)\n                trimIndent = indent.length;\n            contentStart = i;\n            if (trimIndent === 0 && !ctx.atRoot) {\n                const message = 'Block scalar values in collections must be indented';\n                onError(offset, 'BAD_INDENT', message);\n            }\n            break;\n        }\n        offset += indent.length + content.length + 1;\n    }\n    // include trailing more-indented empty lines in content\n    for (let i = lines.length - 1; i >= chompStart; --i) {\n        if (lines[i][0].length > trimIndent)\n            chompStart = i + 1;\n    }\n    let value = '';\n    let sep = '';\n    let prevMoreIndented = false;\n    // leading whitespace is kept intact\n    for (let i = 0; i < contentStart; ++i)\n        value += lines[i][0].slice(trimIndent) + '\\n';\n    for (let i = contentStart; i < chompStart; ++i) {\n        let [indent, content] = lines[i];\n        offset += indent.length + content.length + 1;\n        const crlf = content[content.length - 1] === '\\r';\n        if (crlf)\n            content = content.slice(0, -1);\n        /* istanbul ignore if already caught in lexer */\n        if (content && indent.length < trimIndent) {\n            const src = header.indent\n                ? 'explicit indentation indicator'\n                : 'first line';\n            const message = `Block scalar lines must not be less indented than their ${src}`;\n            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);\n            indent = '';\n        }\n        if (type === Scalar.Scalar.BLOCK_LITERAL) {\n            value += sep + indent.slice(trimIndent) + content;\n            sep = '\\n';\n        }\n        else if (indent.length > trimIndent || content[0] === '\\t') {\n            // more-indented content within a folded block\n            if (sep === ' ')\n                sep = '\\n';\n            else if (!prevMoreIndented && sep === '\\n')\n                sep = '\\n\\n';\n            value += sep + indent.slice(trimIndent) + content;\n            sep = '\\n';\n            prevMoreIndented = true;\n        }\n        else if (content === '') {\n            // empty line\n            if (sep === '\\n')\n                value += '\\n';\n            else\n                sep = '\\n';\n        }\n        else {\n            value += sep + content;\n            sep = ' ';\n            prevMoreIndented = false;\n        }\n    }\n    switch (header.chomp) {\n        case '-':\n            break;\n        case '+':\n            for (let i = chompStart; i < lines.length; ++i)\n                value += '\\n' + lines[i][0].slice(trimIndent);\n            if (value[value.length - 1] !== '\\n')\n                value += '\\n';\n            break;\n        default:\n            value += '\\n';\n    }\n    const end = start + header.length + scalar.source.length;\n    return { value, type, comment: header.comment, range: [start, end, end] };\n}\nfunction parseBlockScalarHeader({ offset, props }, strict, onError) {\n    /* istanbul ignore if should not happen */\n    if (props[0].type !== 'block-scalar-header') {\n        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');\n        return null;\n    }\n    const { source } = props[0];\n    const mode = source[0];\n    let indent = 0;\n    let chomp = '';\n    let error = -1;\n    for (let i = 1; i < source.length; ++i) {\n        const ch = source[i];\n        if (!chomp && (ch === '-' || ch === '+'))\n            chomp = ch;\n        else {\n            const n = Number(ch);\n            if (!indent && n)\n                indent = n;\n            else if (error === -1)\n                error = offset + i;\n        }\n    }\n    if (error !== -1)\n        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);\n    let hasSpace = false;\n    let comment = '';\n    let length = source.length;\n    for (let i = 1; i < props.length; ++i) {\n        const token = props[i];\n        switch (token.type) {\n            case 'space':\n                hasSpace = true;\n            // fallthrough\n            case 'newline':\n                length += token.source.length;\n                break;\n            case 'comment':\n                if (strict && !hasSpace) {\n                    const message = 'Comments must be separated from other tokens by white space characters';\n                    onError(token, 'MISSING_CHAR', message);\n                }\n                length += token.source.length;\n                comment = token.source.substring(1);\n                break;\n            case 'error':\n                onError(token, 'UNEXPECTED_TOKEN', token.message);\n                length += token.source.length;\n                break;\n            /* istanbul ignore next should not happen */\n            default: {\n                const message = `Unexpected token in block scalar header: ${token.type}`;\n                onError(token, 'UNEXPECTED_TOKEN', message);\n                const ts = token.source;\n                if (ts && typeof ts === 'string')\n                    length += ts.length;\n            }\n        }\n    }\n    return { mode, indent, chomp, comment, length };\n}\n/** @returns Array of lines split up as `[indent, content]` */\nfunction splitLines(source) {\n    const split = source.split(/\\n( *)/);\n    const first = split[0];\n    const m = first.match(/^( *)/);\n    const line0 = m?.[1]\n        ? [m[1], first.slice(m[1].length)]\n        : ['', first];\n    const lines = [line0];\n    for (let i = 1; i < split.length; i += 2)\n        lines.push([split[i], split[i + 1]]);\n    return lines;\n}\n\nexports.resolveBlockScalar = resolveBlockScalar;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-block-scalar.js"),

/***/ 1120: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar YAMLSeq = __nccwpck_require__(3013);\nvar resolveProps = __nccwpck_require__(3121);\nvar utilFlowIndentCheck = __nccwpck_require__(5637);\n\nfunction resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {\n    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;\n    const seq = new NodeClass(ctx.schema);\n    if (ctx.atRoot)\n        ctx.atRoot = false;\n    if (ctx.atKey)\n        ctx.atKey = false;\n    let offset = bs.offset;\n    let commentEnd = null;\n    for (const { start, value } of bs.items) {\n        const props = resolveProps.resolveProps(start, {\n            indicator: 'seq-item-ind',\n            next: value,\n            offset,\n            onError,\n            parentIndent: bs.indent,\n            startOnNewline: true\n        });\n        if (!props.found) {\n            if (props.anchor || props.tag || value) {\n                if (value?.type === 'block-seq')\n                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');\n                else\n                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');\n            }\n            else {\n                commentEnd = props.end;\n                if (props.comment)\n                    seq.comment = props.comment;\n                continue;\n            }\n        }\n        const node = value\n            ? composeNode(ctx, value, props, onError)\n            : composeEmptyNode(ctx, props.end, start, null, props, onError);\n        if (ctx.schema.compat)\n            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);\n        offset = node.range[2];\n        seq.items.push(node);\n    }\n    seq.range = [bs.offset, offset, commentEnd ?? offset];\n    return seq;\n}\n\nexports.resolveBlockSeq = resolveBlockSeq;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-block-seq.js"),

/***/ 2022: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nfunction resolveEnd(end, offset, reqSpace, onError) {\n    let comment = '';\n    if (end) {\n        let hasSpace = false;\n        let sep = '';\n        for (const token of end) {\n            const { source, type } = token;\n            switch (type) {\n                case 'space':\n                    hasSpace = true;\n                    break;\n                case 'comment': {\n                    if (reqSpace && !hasSpace)\n                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');\n                    const cb = source.substring(1) || ' ';\n                    if (!comment)\n                        comment = cb;\n                    else\n                        comment += sep + cb;\n                    sep = '';\n                    break;\n                }\n                case 'newline':\n                    if (comment)\n                        sep += source;\n                    hasSpace = true;\n                    break;\n                default:\n                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);\n            }\n            offset += source.length;\n        }\n    }\n    return { comment, offset };\n}\n\nexports.resolveEnd = resolveEnd;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-end.js"),

/***/ 8884: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar YAMLMap = __nccwpck_require__(1856);\nvar YAMLSeq = __nccwpck_require__(3013);\nvar resolveEnd = __nccwpck_require__(2022);\nvar resolveProps = __nccwpck_require__(3121);\nvar utilContainsNewline = __nccwpck_require__(7865);\nvar utilMapIncludes = __nccwpck_require__(1117);\n\nconst blockMsg = 'Block collections are not allowed within flow collections';\nconst isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');\nfunction resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {\n    const isMap = fc.start.source === '{';\n    const fcName = isMap ? 'flow map' : 'flow sequence';\n    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));\n    const coll = new NodeClass(ctx.schema);\n    coll.flow = true;\n    const atRoot = ctx.atRoot;\n    if (atRoot)\n        ctx.atRoot = false;\n    if (ctx.atKey)\n        ctx.atKey = false;\n    let offset = fc.offset + fc.start.source.length;\n    for (let i = 0; i < fc.items.length; ++i) {\n        const collItem = fc.items[i];\n        const { start, key, sep, value } = collItem;\n        const props = resolveProps.resolveProps(start, {\n            flow: fcName,\n            indicator: 'explicit-key-ind',\n            next: key ?? sep?.[0],\n            offset,\n            onError,\n            parentIndent: fc.indent,\n            startOnNewline: false\n        });\n        if (!props.found) {\n            if (!props.anchor && !props.tag && !sep && !value) {\n                if (i === 0 && props.comma)\n                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);\n                else if (i < fc.items.length - 1)\n                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);\n                if (props.comment) {\n                    if (coll.comment)\n                        coll.comment += '\\n' + props.comment;\n                    else\n                        coll.comment = props.comment;\n                }\n                offset = props.end;\n                continue;\n            }\n            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))\n                onError(key, // checked by containsNewline()\n                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');\n        }\n        if (i === 0) {\n            if (props.comma)\n                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);\n        }\n        else {\n            if (!props.comma)\n                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);\n            if (props.comment) {\n                let prevItemComment = '';\n                loop: for (const st of start) {\n                    switch (st.type) {\n                        case 'comma':\n                        case 'space':\n                            break;\n                        case 'comment':\n                            prevItemComment = st.source.substring(1);\n                            break loop;\n                        default:\n                            break loop;\n                    }\n                }\n                if (prevItemComment) {\n                    let prev = coll.items[coll.items.length - 1];\n                    if (identity.isPair(prev))\n                        prev = prev.value ?? prev.key;\n                    if (prev.comment)\n                        prev.comment += '\\n' + prevItemComment;\n                    else\n                        prev.comment = prevItemComment;\n                    props.comment = props.comment.substring(prevItemComment.length + 1);\n                }\n            }\n        }\n        if (!isMap && !sep && !props.found) {\n            // item is a value in a seq\n            // → key & sep are empty, start does not include ? or :\n            const valueNode = value\n                ? composeNode(ctx, value, props, onError)\n                : composeEmptyNode(ctx, props.end, sep, null, props, onError);\n            coll.items.push(valueNode);\n            offset = valueNode.range[2];\n            if (isBlock(value))\n                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);\n        }\n        else {\n            // item is a key+value pair\n            // key value\n            ctx.atKey = true;\n            const keyStart = props.end;\n            const keyNode = key\n                ? composeNode(ctx, key, props, onError)\n                : composeEmptyNode(ctx, keyStart, start, null, props, onError);\n            if (isBlock(key))\n                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);\n            ctx.atKey = false;\n            // value properties\n            const valueProps = resolveProps.resolveProps(sep ?? [], {\n                flow: fcName,\n                indicator: 'map-value-ind',\n                next: value,\n                offset: keyNode.range[2],\n                onError,\n                parentIndent: fc.indent,\n                startOnNewline: false\n            });\n            if (valueProps.found) {\n                if (!isMap && !props.found && ctx.options.strict) {\n                    if (sep)\n                        for (const st of sep) {\n                            if (st === valueProps.found)\n                                break;\n                            if (st.type === 'newline') {\n                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');\n                                break;\n                            }\n                        }\n                    if (props.start < valueProps.found.offset - 1024)\n                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');\n                }\n            }\n            else if (value) {\n                if ('source' in value && value.source?.[0] === ':')\n                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);\n                else\n                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);\n            }\n            // value value\n            const valueNode = value\n                ? composeNode(ctx, value, valueProps, onError)\n                : valueProps.found\n                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)\n                    : null;\n            if (valueNode) {\n                if (isBlock(value))\n                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);\n            }\n            else if (valueProps.comment) {\n                if (keyNode.comment)\n                    keyNode.comment += '\\n' + valueProps.comment;\n                else\n                    keyNode.comment = valueProps.comment;\n            }\n            const pair = new Pair.Pair(keyNode, valueNode);\n            if (ctx.options.keepSourceTokens)\n                pair.srcToken = collItem;\n            if (isMap) {\n                const map = coll;\n                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))\n                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');\n                map.items.push(pair);\n            }\n            else {\n                const map = new YAMLMap.YAMLMap(ctx.schema);\n                map.flow = true;\n                map.items.push(pair);\n                const endRange = (valueNode ?? keyNode).range;\n                map.range = [keyNode.range[0], endRange[1], endRange[2]];\n                coll.items.push(map);\n            }\n            offset = valueNode ? valueNode.range[2] : valueProps.end;\n        }\n    }\n    const expectedEnd = isMap ? '}' : ']';\n    const [ce, ...ee] = fc.end;\n    let cePos = offset;\n    if (ce?.source === expectedEnd)\n        cePos = ce.offset + ce.source.length;\n    else {\n        const name = fcName[0].toUpperCase() + fcName.substring(1);\n        const msg = atRoot\n            ? `${name} must end with a ${expectedEnd}`\n            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;\n        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);\n        if (ce && ce.source.length !== 1)\n            ee.unshift(ce);\n    }\n    if (ee.length > 0) {\n        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);\n        if (end.comment) {\n            if (coll.comment)\n                coll.comment += '\\n' + end.comment;\n            else\n                coll.comment = end.comment;\n        }\n        coll.range = [fc.offset, cePos, end.offset];\n    }\n    else {\n        coll.range = [fc.offset, cePos, cePos];\n    }\n    return coll;\n}\n\nexports.resolveFlowCollection = resolveFlowCollection;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-flow-collection.js"),

/***/ 2976: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\nvar resolveEnd = __nccwpck_require__(2022);\n\nfunction resolveFlowScalar(scalar, strict, onError) {\n    const { offset, type, source, end } = scalar;\n    let _type;\n    let value;\n    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);\n    switch (type) {\n        case 'scalar':\n            _type = Scalar.Scalar.PLAIN;\n            value = plainValue(source, _onError);\n            break;\n        case 'single-quoted-scalar':\n            _type = Scalar.Scalar.QUOTE_SINGLE;\n            value = singleQuotedValue(source, _onError);\n            break;\n        case 'double-quoted-scalar':\n            _type = Scalar.Scalar.QUOTE_DOUBLE;\n            value = doubleQuotedValue(source, _onError);\n            break;\n        /* istanbul ignore next should not happen */\n        default:\n            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);\n            return {\n                value: '',\n                type: null,\n                comment: '',\n                range: [offset, offset + source.length, offset + source.length]\n            };\n    }\n    const valueEnd = offset + source.length;\n    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);\n    return {\n        value,\n        type: _type,\n        comment: re.comment,\n        range: [offset, valueEnd, re.offset]\n    };\n}\nfunction plainValue(source, onError) {\n    let badChar = '';\n    switch (source[0]) {\n        /* istanbul ignore next should not happen */\n        case '\\t':\n            badChar = 'a tab character';\n            break;\n        case ',':\n            badChar = 'flow indicator character ,';\n            break;\n        case '%':\n            badChar = 'directive indicator character %';\n            break;\n        case '|':\n        case '>': {\n            badChar = `block scalar indicator ${source[0]}`;\n            break;\n        }\n        case '@':\n        case '`': {\n            badChar = `reserved character ${source[0]}`;\n            break;\n        }\n    }\n    if (badChar)\n        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);\n    return unfoldLines(source);\n}\nfunction singleQuotedValue(source, onError) {\n    if (source[source.length - 1] !== \"'\" || source.length === 1)\n        onError(source.length, 'MISSING_CHAR', \"Missing closing 'quote\");\n    return unfoldLines(source.slice(1, -1)).replace(/''/g, \"'\");\n}\nfunction unfoldLines(source) {\n    const line = /(.*?)\\r?\\n/sy;\n    let match = line.exec(source);\n    if (!match)\n        return source;\n    /**\n     * The negative lookbehinds in these RegExps are to\n     * prevent causing a polynomial search time in certain cases.\n     *\n     * The try-catch is for Safari < 16.4 and other old browsers:\n     * https://caniuse.com/js-regexp-lookbehind\n     */\n    let trimEnd, trimBoth;\n    try {\n        trimEnd = new RegExp('(?<![ \\t])[ \\t]+$');\n        trimBoth = new RegExp('^[ \\t]+|(?<![ \\t])[ \\t]+$', 'g');\n    }\n    catch {\n        trimEnd = /[ \\t]+$/;\n        trimBoth = /^[ \\t]+|[ \\t]+$/g;\n    }\n    let res = match[1].replace(trimEnd, '');\n    let sep = ' ';\n    let pos = line.lastIndex;\n    while ((match = line.exec(source))) {\n        const lm = match[1].replace(trimBoth, '');\n        if (lm === '') {\n            if (sep === '\\n')\n                res += sep;\n            else\n                sep = '\\n';\n        }\n        else {\n            res += sep + lm;\n            sep = ' ';\n        }\n        pos = line.lastIndex;\n    }\n    const last = /[ \\t]*(.*)/sy;\n    last.lastIndex = pos;\n    match = last.exec(source);\n    return res + sep + (match?.[1] ?? '');\n}\nfunction doubleQuotedValue(source, onError) {\n    let res = '';\n    for (let i = 1; i < source.length - 1; ++i) {\n        const ch = source[i];\n        if (ch === '\\r' && source[i + 1] === '\\n')\n            continue;\n        if (ch === '\\n') {\n            const { fold, offset } = foldNewline(source, i);\n            res += fold;\n            i = offset;\n        }\n        else if (ch === '\\\\') {\n            let next = source[++i];\n            const cc = escapeCodes[next];\n            if (cc)\n                res += cc;\n            else if (next === '\\n') {\n                // skip escaped newlines, but still trim the following line\n                next = source[i + 1];\n                while (next === ' ' || next === '\\t')\n                    next = source[++i + 1];\n            }\n            else if (next === '\\r' && source[i + 1] === '\\n') {\n                // skip escaped CRLF newlines, but still trim the following line\n                next = source[++i + 1];\n                while (next === ' ' || next === '\\t')\n                    next = source[++i + 1];\n            }\n            else if (next === 'x' || next === 'u' || next === 'U') {\n                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;\n                res += parseCharCode(source, i + 1, length, onError);\n                i += length;\n            }\n            else {\n                const raw = source.substr(i - 1, 2);\n                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);\n                res += raw;\n            }\n        }\n        else if (ch === ' ' || ch === '\\t') {\n            // trim trailing whitespace\n            const wsStart = i;\n            let next = source[i + 1];\n            while (next === ' ' || next === '\\t')\n                next = source[++i + 1];\n            if (next !== '\\n' && !(next === '\\r' && source[i + 2] === '\\n'))\n                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;\n        }\n        else {\n            res += ch;\n        }\n    }\n    if (source[source.length - 1] !== '\"' || source.length === 1)\n        onError(source.length, 'MISSING_CHAR', 'Missing closing \"quote');\n    return res;\n}\n/**\n * Fold a single newline into a space, multiple newlines to N - 1 newlines.\n * Presumes `source[offset] === '\\n'`\n */\nfunction foldNewline(source, offset) {\n    let fold = '';\n    let ch = source[offset + 1];\n    while (ch === ' ' || ch === '\\t' || ch === '\\n' || ch === '\\r') {\n        if (ch === '\\r' && source[offset + 2] !== '\\n')\n            break;\n        if (ch === '\\n')\n            fold += '\\n';\n        offset += 1;\n        ch = source[offset + 1];\n    }\n    if (!fold)\n        fold = ' ';\n    return { fold, offset };\n}\nconst escapeCodes = {\n    '0': '\\0', // null character\n    a: '\\x07', // bell character\n    b: '\\b', // backspace\n    e: '\\x1b', // escape character\n    f: '\\f', // form feed\n    n: '\\n', // line feed\n    r: '\\r', // carriage return\n    t: '\\t', // horizontal tab\n    v: '\\v', // vertical tab\n    N: '\\u0085', // Unicode next line\n    _: '\\u00a0', // Unicode non-breaking space\n    L: '\\u2028', // Unicode line separator\n    P: '\\u2029', // Unicode paragraph separator\n    ' ': ' ',\n    '\"': '\"',\n    '/': '/',\n    '\\\\': '\\\\',\n    '\\t': '\\t'\n};\nfunction parseCharCode(source, offset, length, onError) {\n    const cc = source.substr(offset, length);\n    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);\n    const code = ok ? parseInt(cc, 16) : NaN;\n    try {\n        return String.fromCodePoint(code);\n    }\n    catch {\n        const raw = source.substr(offset - 2, length + 2);\n        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);\n        return raw;\n    }\n}\n\nexports.resolveFlowScalar = resolveFlowScalar;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-flow-scalar.js"),

/***/ 3121: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nfunction resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {\n    let spaceBefore = false;\n    let atNewline = startOnNewline;\n    let hasSpace = startOnNewline;\n    let comment = '';\n    let commentSep = '';\n    let hasNewline = false;\n    let reqSpace = false;\n    let tab = null;\n    let anchor = null;\n    let tag = null;\n    let newlineAfterProp = null;\n    let comma = null;\n    let found = null;\n    let start = null;\n    for (const token of tokens) {\n        if (reqSpace) {\n            if (token.type !== 'space' &&\n                token.type !== 'newline' &&\n                token.type !== 'comma')\n                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');\n            reqSpace = false;\n        }\n        if (tab) {\n            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {\n                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');\n            }\n            tab = null;\n        }\n        switch (token.type) {\n            case 'space':\n                // At the doc level, tabs at line start may be parsed\n                // as leading white space rather than indentation.\n                // In a flow collection, only the parser handles indent.\n                if (!flow &&\n                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&\n                    token.source.includes('\\t')) {\n                    tab = token;\n                }\n                hasSpace = true;\n                break;\n            case 'comment': {\n                if (!hasSpace)\n                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');\n                const cb = token.source.substring(1) || ' ';\n                if (!comment)\n                    comment = cb;\n                else\n                    comment += commentSep + cb;\n                commentSep = '';\n                atNewline = false;\n                break;\n            }\n            case 'newline':\n                if (atNewline) {\n                    if (comment)\n                        comment += token.source;\n                    else if (!found || indicator !== 'seq-item-ind')\n                        spaceBefore = true;\n                }\n                else\n                    commentSep += token.source;\n                atNewline = true;\n                hasNewline = true;\n                if (anchor || tag)\n                    newlineAfterProp = token;\n                hasSpace = true;\n                break;\n            case 'anchor':\n                if (anchor)\n                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');\n                if (token.source.endsWith(':'))\n                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);\n                anchor = token;\n                start ?? (start = token.offset);\n                atNewline = false;\n                hasSpace = false;\n                reqSpace = true;\n                break;\n            case 'tag': {\n                if (tag)\n                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');\n                tag = token;\n                start ?? (start = token.offset);\n                atNewline = false;\n                hasSpace = false;\n                reqSpace = true;\n                break;\n            }\n            case indicator:\n                // Could here handle preceding comments differently\n                if (anchor || tag)\n                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);\n                if (found)\n                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);\n                found = token;\n                atNewline =\n                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';\n                hasSpace = false;\n                break;\n            case 'comma':\n                if (flow) {\n                    if (comma)\n                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);\n                    comma = token;\n                    atNewline = false;\n                    hasSpace = false;\n                    break;\n                }\n            // else fallthrough\n            default:\n                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);\n                atNewline = false;\n                hasSpace = false;\n        }\n    }\n    const last = tokens[tokens.length - 1];\n    const end = last ? last.offset + last.source.length : offset;\n    if (reqSpace &&\n        next &&\n        next.type !== 'space' &&\n        next.type !== 'newline' &&\n        next.type !== 'comma' &&\n        (next.type !== 'scalar' || next.source !== '')) {\n        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');\n    }\n    if (tab &&\n        ((atNewline && tab.indent <= parentIndent) ||\n            next?.type === 'block-map' ||\n            next?.type === 'block-seq'))\n        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');\n    return {\n        comma,\n        found,\n        spaceBefore,\n        comment,\n        hasNewline,\n        anchor,\n        tag,\n        newlineAfterProp,\n        end,\n        start: start ?? end\n    };\n}\n\nexports.resolveProps = resolveProps;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/resolve-props.js"),

/***/ 7865: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nfunction containsNewline(key) {\n    if (!key)\n        return null;\n    switch (key.type) {\n        case 'alias':\n        case 'scalar':\n        case 'double-quoted-scalar':\n        case 'single-quoted-scalar':\n            if (key.source.includes('\\n'))\n                return true;\n            if (key.end)\n                for (const st of key.end)\n                    if (st.type === 'newline')\n                        return true;\n            return false;\n        case 'flow-collection':\n            for (const it of key.items) {\n                for (const st of it.start)\n                    if (st.type === 'newline')\n                        return true;\n                if (it.sep)\n                    for (const st of it.sep)\n                        if (st.type === 'newline')\n                            return true;\n                if (containsNewline(it.key) || containsNewline(it.value))\n                    return true;\n            }\n            return false;\n        default:\n            return true;\n    }\n}\n\nexports.containsNewline = containsNewline;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/util-contains-newline.js"),

/***/ 3933: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nfunction emptyScalarPosition(offset, before, pos) {\n    if (before) {\n        pos ?? (pos = before.length);\n        for (let i = pos - 1; i >= 0; --i) {\n            let st = before[i];\n            switch (st.type) {\n                case 'space':\n                case 'comment':\n                case 'newline':\n                    offset -= st.source.length;\n                    continue;\n            }\n            // Technically, an empty scalar is immediately after the last non-empty\n            // node, but it's more useful to place it after any whitespace.\n            st = before[++i];\n            while (st?.type === 'space') {\n                offset += st.source.length;\n                st = before[++i];\n            }\n            break;\n        }\n    }\n    return offset;\n}\n\nexports.emptyScalarPosition = emptyScalarPosition;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/util-empty-scalar-position.js"),

/***/ 5637: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar utilContainsNewline = __nccwpck_require__(7865);\n\nfunction flowIndentCheck(indent, fc, onError) {\n    if (fc?.type === 'flow-collection') {\n        const end = fc.end[0];\n        if (end.indent === indent &&\n            (end.source === ']' || end.source === '}') &&\n            utilContainsNewline.containsNewline(fc)) {\n            const msg = 'Flow end indicator should be more indented than parent';\n            onError(end, 'BAD_INDENT', msg, true);\n        }\n    }\n}\n\nexports.flowIndentCheck = flowIndentCheck;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/util-flow-indent-check.js"),

/***/ 1117: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\n\nfunction mapIncludes(ctx, items, search) {\n    const { uniqueKeys } = ctx.options;\n    if (uniqueKeys === false)\n        return false;\n    const isEqual = typeof uniqueKeys === 'function'\n        ? uniqueKeys\n        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);\n    return items.some(pair => isEqual(pair.key, search));\n}\n\nexports.mapIncludes = mapIncludes;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/compose/util-map-includes.js"),

/***/ 3915: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Alias = __nccwpck_require__(7);\nvar Collection = __nccwpck_require__(935);\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar toJS = __nccwpck_require__(445);\nvar Schema = __nccwpck_require__(7878);\nvar stringifyDocument = __nccwpck_require__(9255);\nvar anchors = __nccwpck_require__(9030);\nvar applyReviver = __nccwpck_require__(6767);\nvar createNode = __nccwpck_require__(1126);\nvar directives = __nccwpck_require__(2768);\n\nclass Document {\n    constructor(value, replacer, options) {\n        /** A comment before this Document */\n        this.commentBefore = null;\n        /** A comment immediately after this Document */\n        this.comment = null;\n        /** Errors encountered during parsing. */\n        this.errors = [];\n        /** Warnings encountered during parsing. */\n        this.warnings = [];\n        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });\n        let _replacer = null;\n        if (typeof replacer === 'function' || Array.isArray(replacer)) {\n            _replacer = replacer;\n        }\n        else if (options === undefined && replacer) {\n            options = replacer;\n            replacer = undefined;\n        }\n        const opt = Object.assign({\n            intAsBigInt: false,\n            keepSourceTokens: false,\n            logLevel: 'warn',\n            prettyErrors: true,\n            strict: true,\n            stringKeys: false,\n            uniqueKeys: true,\n            version: '1.2'\n        }, options);\n        this.options = opt;\n        let { version } = opt;\n        if (options?._directives) {\n            this.directives = options._directives.atDocument();\n            if (this.directives.yaml.explicit)\n                version = this.directives.yaml.version;\n        }\n        else\n            this.directives = new directives.Directives({ version });\n        this.setSchema(version, options);\n        // @ts-expect-error We can't really know that this matches Contents.\n        this.contents =\n            value === undefined ? null : this.createNode(value, _replacer, options);\n    }\n    /**\n     * Create a deep copy of this Document and its contents.\n     *\n     * Custom Node values that inherit from `Object` still refer to their original instances.\n     */\n    clone() {\n        const copy = Object.create(Document.prototype, {\n            [identity.NODE_TYPE]: { value: identity.DOC }\n        });\n        copy.commentBefore = this.commentBefore;\n        copy.comment = this.comment;\n        copy.errors = this.errors.slice();\n        copy.warnings = this.warnings.slice();\n        copy.options = Object.assign({}, this.options);\n        if (this.directives)\n            copy.directives = this.directives.clone();\n        copy.schema = this.schema.clone();\n        // @ts-expect-error We can't really know that this matches Contents.\n        copy.contents = identity.isNode(this.contents)\n            ? this.contents.clone(copy.schema)\n            : this.contents;\n        if (this.range)\n            copy.range = this.range.slice();\n        return copy;\n    }\n    /** Adds a value to the document. */\n    add(value) {\n        if (assertCollection(this.contents))\n            this.contents.add(value);\n    }\n    /** Adds a value to the document. */\n    addIn(path, value) {\n        if (assertCollection(this.contents))\n            this.contents.addIn(path, value);\n    }\n    /**\n     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.\n     *\n     * If `node` already has an anchor, `name` is ignored.\n     * Otherwise, the `node.anchor` value will be set to `name`,\n     * or if an anchor with that name is already present in the document,\n     * `name` will be used as a prefix for a new unique anchor.\n     * If `name` is undefined, the generated anchor will use 'a' as a prefix.\n     */\n    createAlias(node, name) {\n        if (!node.anchor) {\n            const prev = anchors.anchorNames(this);\n            node.anchor =\n                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing\n                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;\n        }\n        return new Alias.Alias(node.anchor);\n    }\n    createNode(value, replacer, options) {\n        let _replacer = undefined;\n        if (typeof replacer === 'function') {\n            value = replacer.call({ '': value }, '', value);\n            _replacer = replacer;\n        }\n        else if (Array.isArray(replacer)) {\n            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;\n            const asStr = replacer.filter(keyToStr).map(String);\n            if (asStr.length > 0)\n                replacer = replacer.concat(asStr);\n            _replacer = replacer;\n        }\n        else if (options === undefined && replacer) {\n            options = replacer;\n            replacer = undefined;\n        }\n        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};\n        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, \n        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing\n        anchorPrefix || 'a');\n        const ctx = {\n            aliasDuplicateObjects: aliasDuplicateObjects ?? true,\n            keepUndefined: keepUndefined ?? false,\n            onAnchor,\n            onTagObj,\n            replacer: _replacer,\n            schema: this.schema,\n            sourceObjects\n        };\n        const node = createNode.createNode(value, tag, ctx);\n        if (flow && identity.isCollection(node))\n            node.flow = true;\n        setAnchors();\n        return node;\n    }\n    /**\n     * Convert a key and a value into a `Pair` using the current schema,\n     * recursively wrapping all values as `Scalar` or `Collection` nodes.\n     */\n    createPair(key, value, options = {}) {\n        const k = this.createNode(key, null, options);\n        const v = this.createNode(value, null, options);\n        return new Pair.Pair(k, v);\n    }\n    /**\n     * Removes a value from the document.\n     * @returns `true` if the item was found and removed.\n     */\n    delete(key) {\n        return assertCollection(this.contents) ? this.contents.delete(key) : false;\n    }\n    /**\n     * Removes a value from the document.\n     * @returns `true` if the item was found and removed.\n     */\n    deleteIn(path) {\n        if (Collection.isEmptyPath(path)) {\n            if (this.contents == null)\n                return false;\n            // @ts-expect-error Presumed impossible if Strict extends false\n            this.contents = null;\n            return true;\n        }\n        return assertCollection(this.contents)\n            ? this.contents.deleteIn(path)\n            : false;\n    }\n    /**\n     * Returns item at `key`, or `undefined` if not found. By default unwraps\n     * scalar values from their surrounding node; to disable set `keepScalar` to\n     * `true` (collections are always returned intact).\n     */\n    get(key, keepScalar) {\n        return identity.isCollection(this.contents)\n            ? this.contents.get(key, keepScalar)\n            : undefined;\n    }\n    /**\n     * Returns item at `path`, or `undefined` if not found. By default unwraps\n     * scalar values from their surrounding node; to disable set `keepScalar` to\n     * `true` (collections are always returned intact).\n     */\n    getIn(path, keepScalar) {\n        if (Collection.isEmptyPath(path))\n            return !keepScalar && identity.isScalar(this.contents)\n                ? this.contents.value\n                : this.contents;\n        return identity.isCollection(this.contents)\n            ? this.contents.getIn(path, keepScalar)\n            : undefined;\n    }\n    /**\n     * Checks if the document includes a value with the key `key`.\n     */\n    has(key) {\n        return identity.isCollection(this.contents) ? this.contents.has(key) : false;\n    }\n    /**\n     * Checks if the document includes a value at `path`.\n     */\n    hasIn(path) {\n        if (Collection.isEmptyPath(path))\n            return this.contents !== undefined;\n        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;\n    }\n    /**\n     * Sets a value in this document. For `!!set`, `value` needs to be a\n     * boolean to add/remove the item from the set.\n     */\n    set(key, value) {\n        if (this.contents == null) {\n            // @ts-expect-error We can't really know that this matches Contents.\n            this.contents = Collection.collectionFromPath(this.schema, [key], value);\n        }\n        else if (assertCollection(this.contents)) {\n            this.contents.set(key, value);\n        }\n    }\n    /**\n     * Sets a value in this document. For `!!set`, `value` needs to be a\n     * boolean to add/remove the item from the set.\n     */\n    setIn(path, value) {\n        if (Collection.isEmptyPath(path)) {\n            // @ts-expect-error We can't really know that this matches Contents.\n            this.contents = value;\n        }\n        else if (this.contents == null) {\n            // @ts-expect-error We can't really know that this matches Contents.\n            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);\n        }\n        else if (assertCollection(this.contents)) {\n            this.contents.setIn(path, value);\n        }\n    }\n    /**\n     * Change the YAML version and schema used by the document.\n     * A `null` version disables support for directives, explicit tags, anchors, and aliases.\n     * It also requires the `schema` option to be given as a `Schema` instance value.\n     *\n     * Overrides all previously set schema options.\n     */\n    setSchema(version, options = {}) {\n        if (typeof version === 'number')\n            version = String(version);\n        let opt;\n        switch (version) {\n            case '1.1':\n                if (this.directives)\n                    this.directives.yaml.version = '1.1';\n                else\n                    this.directives = new directives.Directives({ version: '1.1' });\n                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };\n                break;\n            case '1.2':\n            case 'next':\n                if (this.directives)\n                    this.directives.yaml.version = version;\n                else\n                    this.directives = new directives.Directives({ version });\n                opt = { resolveKnownTags: true, schema: 'core' };\n                break;\n            case null:\n                if (this.directives)\n                    delete this.directives;\n                opt = null;\n                break;\n            default: {\n                const sv = JSON.stringify(version);\n                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);\n            }\n        }\n        // Not using `instanceof Schema` to allow for duck typing\n        if (options.schema instanceof Object)\n            this.schema = options.schema;\n        else if (opt)\n            this.schema = new Schema.Schema(Object.assign(opt, options));\n        else\n            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);\n    }\n    // json & jsonArg are only used from toJSON()\n    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {\n        const ctx = {\n            anchors: new Map(),\n            doc: this,\n            keep: !json,\n            mapAsMap: mapAsMap === true,\n            mapKeyWarned: false,\n            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100\n        };\n        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);\n        if (typeof onAnchor === 'function')\n            for (const { count, res } of ctx.anchors.values())\n                onAnchor(res, count);\n        return typeof reviver === 'function'\n            ? applyReviver.applyReviver(reviver, { '': res }, '', res)\n            : res;\n    }\n    /**\n     * A JSON representation of the document `contents`.\n     *\n     * @param jsonArg Used by `JSON.stringify` to indicate the array index or\n     *   property name.\n     */\n    toJSON(jsonArg, onAnchor) {\n        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });\n    }\n    /** A YAML representation of the document. */\n    toString(options = {}) {\n        if (this.errors.length > 0)\n            throw new Error('Document with errors cannot be stringified');\n        if ('indent' in options &&\n            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {\n            const s = JSON.stringify(options.indent);\n            throw new Error(`\"indent\" option must be a positive integer, not ${s}`);\n        }\n        return stringifyDocument.stringifyDocument(this, options);\n    }\n}\nfunction assertCollection(contents) {\n    if (identity.isCollection(contents))\n        return true;\n    throw new Error('Expected a YAML collection as document contents');\n}\n\nexports.Document = Document;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/doc/Document.js"),

/***/ 9030: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar visit = __nccwpck_require__(4190);\n\n/**\n * Verify that the input string is a valid anchor.\n *\n * Will throw on errors.\n */\nfunction anchorIsValid(anchor) {\n    if (/[\\x00-\\x19\\s,[\\]{}]/.test(anchor)) {\n        const sa = JSON.stringify(anchor);\n        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;\n        throw new Error(msg);\n    }\n    return true;\n}\nfunction anchorNames(root) {\n    const anchors = new Set();\n    visit.visit(root, {\n        Value(_key, node) {\n            if (node.anchor)\n                anchors.add(node.anchor);\n        }\n    });\n    return anchors;\n}\n/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */\nfunction findNewAnchor(prefix, exclude) {\n    for (let i = 1; true; ++i) {\n        const name = `${prefix}${i}`;\n        if (!exclude.has(name))\n            return name;\n    }\n}\nfunction createNodeAnchors(doc, prefix) {\n    const aliasObjects = [];\n    const sourceObjects = new Map();\n    let prevAnchors = null;\n    return {\n        onAnchor: (source) => {\n            aliasObjects.push(source);\n            prevAnchors ?? (prevAnchors = anchorNames(doc));\n            const anchor = findNewAnchor(prefix, prevAnchors);\n            prevAnchors.add(anchor);\n            return anchor;\n        },\n        /**\n         * With circular references, the source node is only resolved after all\n         * of its child nodes are. This is why anchors are set only after all of\n         * the nodes have been created.\n         */\n        setAnchors: () => {\n            for (const source of aliasObjects) {\n                const ref = sourceObjects.get(source);\n                if (typeof ref === 'object' &&\n                    ref.anchor &&\n                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {\n                    ref.node.anchor = ref.anchor;\n                }\n                else {\n                    const error = new Error('Failed to resolve repeated object (this should not happen)');\n                    error.source = source;\n                    throw error;\n                }\n            }\n        },\n        sourceObjects\n    };\n}\n\nexports.anchorIsValid = anchorIsValid;\nexports.anchorNames = anchorNames;\nexports.createNodeAnchors = createNodeAnchors;\nexports.findNewAnchor = findNewAnchor;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/doc/anchors.js"),

/***/ 6767: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\n/**\n * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,\n * in section 24.5.1.1 \"Runtime Semantics: InternalizeJSONProperty\" of the\n * 2021 edition: https://tc39.es/ecma262/#sec-json.parse\n *\n * Includes extensions for handling Map and Set objects.\n */\nfunction applyReviver(reviver, obj, key, val) {\n    if (val && typeof val === 'object') {\n        if (Array.isArray(val)) {\n            for (let i = 0, len = val.length; i < len; ++i) {\n                const v0 = val[i];\n                const v1 = applyReviver(reviver, val, String(i), v0);\n                // eslint-disable-next-line @typescript-eslint/no-array-delete\n                if (v1 === undefined)\n                    delete val[i];\n                else if (v1 !== v0)\n                    val[i] = v1;\n            }\n        }\n        else if (val instanceof Map) {\n            for (const k of Array.from(val.keys())) {\n                const v0 = val.get(k);\n                const v1 = applyReviver(reviver, val, k, v0);\n                if (v1 === undefined)\n                    val.delete(k);\n                else if (v1 !== v0)\n                    val.set(k, v1);\n            }\n        }\n        else if (val instanceof Set) {\n            for (const v0 of Array.from(val)) {\n                const v1 = applyReviver(reviver, val, v0, v0);\n                if (v1 === undefined)\n                    val.delete(v0);\n                else if (v1 !== v0) {\n                    val.delete(v0);\n                    val.add(v1);\n                }\n            }\n        }\n        else {\n            for (const [k, v0] of Object.entries(val)) {\n                const v1 = applyReviver(reviver, val, k, v0);\n                if (v1 === undefined)\n                    delete val[k];\n                else if (v1 !== v0)\n                    val[k] = v1;\n            }\n        }\n    }\n    return reviver.call(obj, key, val);\n}\n\nexports.applyReviver = applyReviver;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/doc/applyReviver.js"),

/***/ 1126: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Alias = __nccwpck_require__(7);\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\n\nconst defaultTagPrefix = 'tag:yaml.org,2002:';\nfunction findTagObject(value, tagName, tags) {\n    if (tagName) {\n        const match = tags.filter(t => t.tag === tagName);\n        const tagObj = match.find(t => !t.format) ?? match[0];\n        if (!tagObj)\n            throw new Error(`Tag ${tagName} not found`);\n        return tagObj;\n    }\n    return tags.find(t => t.identify?.(value) && !t.format);\n}\nfunction createNode(value, tagName, ctx) {\n    if (identity.isDocument(value))\n        value = value.contents;\n    if (identity.isNode(value))\n        return value;\n    if (identity.isPair(value)) {\n        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);\n        map.items.push(value);\n        return map;\n    }\n    if (value instanceof String ||\n        value instanceof Number ||\n        value instanceof Boolean ||\n        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere\n    ) {\n        // https://tc39.es/ecma262/#sec-serializejsonproperty\n        value = value.valueOf();\n    }\n    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;\n    // Detect duplicate references to the same object & use Alias nodes for all\n    // after first. The `ref` wrapper allows for circular references to resolve.\n    let ref = undefined;\n    if (aliasDuplicateObjects && value && typeof value === 'object') {\n        ref = sourceObjects.get(value);\n        if (ref) {\n            ref.anchor ?? (ref.anchor = onAnchor(value));\n            return new Alias.Alias(ref.anchor);\n        }\n        else {\n            ref = { anchor: null, node: null };\n            sourceObjects.set(value, ref);\n        }\n    }\n    if (tagName?.startsWith('!!'))\n        tagName = defaultTagPrefix + tagName.slice(2);\n    let tagObj = findTagObject(value, tagName, schema.tags);\n    if (!tagObj) {\n        if (value && typeof value.toJSON === 'function') {\n            // eslint-disable-next-line @typescript-eslint/no-unsafe-call\n            value = value.toJSON();\n        }\n        if (!value || typeof value !== 'object') {\n            const node = new Scalar.Scalar(value);\n            if (ref)\n                ref.node = node;\n            return node;\n        }\n        tagObj =\n            value instanceof Map\n                ? schema[identity.MAP]\n                : Symbol.iterator in Object(value)\n                    ? schema[identity.SEQ]\n                    : schema[identity.MAP];\n    }\n    if (onTagObj) {\n        onTagObj(tagObj);\n        delete ctx.onTagObj;\n    }\n    const node = tagObj?.createNode\n        ? tagObj.createNode(ctx.schema, value, ctx)\n        : typeof tagObj?.nodeClass?.from === 'function'\n            ? tagObj.nodeClass.from(ctx.schema, value, ctx)\n            : new Scalar.Scalar(value);\n    if (tagName)\n        node.tag = tagName;\n    else if (!tagObj.default)\n        node.tag = tagObj.tag;\n    if (ref)\n        ref.node = node;\n    return node;\n}\n\nexports.createNode = createNode;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/doc/createNode.js"),

/***/ 2768: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar visit = __nccwpck_require__(4190);\n\nconst escapeChars = {\n    '!': '%21',\n    ',': '%2C',\n    '[': '%5B',\n    ']': '%5D',\n    '{': '%7B',\n    '}': '%7D'\n};\nconst escapeTagName = (tn) => tn.replace(/[!,[\\]{}]/g, ch => escapeChars[ch]);\nclass Directives {\n    constructor(yaml, tags) {\n        /**\n         * The directives-end/doc-start marker `---`. If `null`, a marker may still be\n         * included in the document's stringified representation.\n         */\n        this.docStart = null;\n        /** The doc-end marker `...`.  */\n        this.docEnd = false;\n        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);\n        this.tags = Object.assign({}, Directives.defaultTags, tags);\n    }\n    clone() {\n        const copy = new Directives(this.yaml, this.tags);\n        copy.docStart = this.docStart;\n        return copy;\n    }\n    /**\n     * During parsing, get a Directives instance for the current document and\n     * update the stream state according to the current version's spec.\n     */\n    atDocument() {\n        const res = new Directives(this.yaml, this.tags);\n        switch (this.yaml.version) {\n            case '1.1':\n                this.atNextDocument = true;\n                break;\n            case '1.2':\n                this.atNextDocument = false;\n                this.yaml = {\n                    explicit: Directives.defaultYaml.explicit,\n                    version: '1.2'\n                };\n                this.tags = Object.assign({}, Directives.defaultTags);\n                break;\n        }\n        return res;\n    }\n    /**\n     * @param onError - May be called even if the action was successful\n     * @returns `true` on success\n     */\n    add(line, onError) {\n        if (this.atNextDocument) {\n            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };\n            this.tags = Object.assign({}, Directives.defaultTags);\n            this.atNextDocument = false;\n        }\n        const parts = line.trim().split(/[ \\t]+/);\n        const name = parts.shift();\n        switch (name) {\n            case '%TAG': {\n                if (parts.length !== 2) {\n                    onError(0, '%TAG directive should contain exactly two parts');\n                    if (parts.length < 2)\n                        return false;\n                }\n                const [handle, prefix] = parts;\n                this.tags[handle] = prefix;\n                return true;\n            }\n            case '%YAML': {\n                this.yaml.explicit = true;\n                if (parts.length !== 1) {\n                    onError(0, '%YAML directive should contain exactly one part');\n                    return false;\n                }\n                const [version] = parts;\n                if (version === '1.1' || version === '1.2') {\n                    this.yaml.version = version;\n                    return true;\n                }\n                else {\n                    const isValid = /^\\d+\\.\\d+$/.test(version);\n                    onError(6, `Unsupported YAML version ${version}`, isValid);\n                    return false;\n                }\n            }\n            default:\n                onError(0, `Unknown directive ${name}`, true);\n                return false;\n        }\n    }\n    /**\n     * Resolves a tag, matching handles to those defined in %TAG directives.\n     *\n     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a\n     *   `'!local'` tag, or `null` if unresolvable.\n     */\n    tagName(source, onError) {\n        if (source === '!')\n            return '!'; // non-specific tag\n        if (source[0] !== '!') {\n            onError(`Not a valid tag: ${source}`);\n            return null;\n        }\n        if (source[1] === '<') {\n            const verbatim = source.slice(2, -1);\n            if (verbatim === '!' || verbatim === '!!') {\n                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);\n                return null;\n            }\n            if (source[source.length - 1] !== '>')\n                onError('Verbatim tags must end with a >');\n            return verbatim;\n        }\n        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);\n        if (!suffix)\n            onError(`The ${source} tag has no suffix`);\n        const prefix = this.tags[handle];\n        if (prefix) {\n            try {\n                return prefix + decodeURIComponent(suffix);\n            }\n            catch (error) {\n                onError(String(error));\n                return null;\n            }\n        }\n        if (handle === '!')\n            return source; // local tag\n        onError(`Could not resolve tag: ${source}`);\n        return null;\n    }\n    /**\n     * Given a fully resolved tag, returns its printable string form,\n     * taking into account current tag prefixes and defaults.\n     */\n    tagString(tag) {\n        for (const [handle, prefix] of Object.entries(this.tags)) {\n            if (tag.startsWith(prefix))\n                return handle + escapeTagName(tag.substring(prefix.length));\n        }\n        return tag[0] === '!' ? tag : `!<${tag}>`;\n    }\n    toString(doc) {\n        const lines = this.yaml.explicit\n            ? [`%YAML ${this.yaml.version || '1.2'}`]\n            : [];\n        const tagEntries = Object.entries(this.tags);\n        let tagNames;\n        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {\n            const tags = {};\n            visit.visit(doc.contents, (_key, node) => {\n                if (identity.isNode(node) && node.tag)\n                    tags[node.tag] = true;\n            });\n            tagNames = Object.keys(tags);\n        }\n        else\n            tagNames = [];\n        for (const [handle, prefix] of tagEntries) {\n            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')\n                continue;\n            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))\n                lines.push(`%TAG ${handle} ${prefix}`);\n        }\n        return lines.join('\\n');\n    }\n}\nDirectives.defaultYaml = { explicit: false, version: '1.2' };\nDirectives.defaultTags = { '!!': 'tag:yaml.org,2002:' };\n\nexports.Directives = Directives;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/doc/directives.js"),

/***/ 8450: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nclass YAMLError extends Error {\n    constructor(name, pos, code, message) {\n        super();\n        this.name = name;\n        this.code = code;\n        this.message = message;\n        this.pos = pos;\n    }\n}\nclass YAMLParseError extends YAMLError {\n    constructor(pos, code, message) {\n        super('YAMLParseError', pos, code, message);\n    }\n}\nclass YAMLWarning extends YAMLError {\n    constructor(pos, code, message) {\n        super('YAMLWarning', pos, code, message);\n    }\n}\nconst prettifyError = (src, lc) => (error) => {\n    if (error.pos[0] === -1)\n        return;\n    error.linePos = error.pos.map(pos => lc.linePos(pos));\n    const { line, col } = error.linePos[0];\n    error.message += ` at line ${line}, column ${col}`;\n    let ci = col - 1;\n    let lineStr = src\n        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])\n        .replace(/[\\n\\r]+$/, '');\n    // Trim to max 80 chars, keeping col position near the middle\n    if (ci >= 60 && lineStr.length > 80) {\n        const trimStart = Math.min(ci - 39, lineStr.length - 79);\n        lineStr = '…' + lineStr.substring(trimStart);\n        ci -= trimStart - 1;\n    }\n    if (lineStr.length > 80)\n        lineStr = lineStr.substring(0, 79) + '…';\n    // Include previous line in context if pointing at line start\n    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {\n        // Regexp won't match if start is trimmed\n        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);\n        if (prev.length > 80)\n            prev = prev.substring(0, 79) + '…\\n';\n        lineStr = prev + lineStr;\n    }\n    if (/[^ ]/.test(lineStr)) {\n        let count = 1;\n        const end = error.linePos[1];\n        if (end?.line === line && end.col > col) {\n            count = Math.max(1, Math.min(end.col - col, 80 - ci));\n        }\n        const pointer = ' '.repeat(ci) + '^'.repeat(count);\n        error.message += `:\\n\\n${lineStr}\\n${pointer}\\n`;\n    }\n};\n\nexports.YAMLError = YAMLError;\nexports.YAMLParseError = YAMLParseError;\nexports.YAMLWarning = YAMLWarning;\nexports.prettifyError = prettifyError;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/errors.js"),

/***/ 6637: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\nvar __webpack_unused_export__;\n\n\nvar composer = __nccwpck_require__(2814);\nvar Document = __nccwpck_require__(3915);\nvar Schema = __nccwpck_require__(7878);\nvar errors = __nccwpck_require__(8450);\nvar Alias = __nccwpck_require__(7);\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar Scalar = __nccwpck_require__(1543);\nvar YAMLMap = __nccwpck_require__(1856);\nvar YAMLSeq = __nccwpck_require__(3013);\nvar cst = __nccwpck_require__(1475);\nvar lexer = __nccwpck_require__(7371);\nvar lineCounter = __nccwpck_require__(1242);\nvar parser = __nccwpck_require__(8238);\nvar publicApi = __nccwpck_require__(9901);\nvar visit = __nccwpck_require__(4190);\n\n\n\n__webpack_unused_export__ = composer.Composer;\n__webpack_unused_export__ = Document.Document;\n__webpack_unused_export__ = Schema.Schema;\n__webpack_unused_export__ = errors.YAMLError;\nexports.YAMLParseError = errors.YAMLParseError;\n__webpack_unused_export__ = errors.YAMLWarning;\n__webpack_unused_export__ = Alias.Alias;\n__webpack_unused_export__ = identity.isAlias;\n__webpack_unused_export__ = identity.isCollection;\n__webpack_unused_export__ = identity.isDocument;\n__webpack_unused_export__ = identity.isMap;\n__webpack_unused_export__ = identity.isNode;\n__webpack_unused_export__ = identity.isPair;\n__webpack_unused_export__ = identity.isScalar;\n__webpack_unused_export__ = identity.isSeq;\n__webpack_unused_export__ = Pair.Pair;\n__webpack_unused_export__ = Scalar.Scalar;\n__webpack_unused_export__ = YAMLMap.YAMLMap;\n__webpack_unused_export__ = YAMLSeq.YAMLSeq;\n__webpack_unused_export__ = cst;\n__webpack_unused_export__ = lexer.Lexer;\n__webpack_unused_export__ = lineCounter.LineCounter;\n__webpack_unused_export__ = parser.Parser;\nexports.parse = publicApi.parse;\n__webpack_unused_export__ = publicApi.parseAllDocuments;\n__webpack_unused_export__ = publicApi.parseDocument;\n__webpack_unused_export__ = publicApi.stringify;\n__webpack_unused_export__ = visit.visit;\n__webpack_unused_export__ = visit.visitAsync;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/index.js"),

/***/ 8195: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar node_process = __nccwpck_require__(932);\n\nfunction debug(logLevel, ...messages) {\n    if (logLevel === 'debug')\n        console.log(...messages);\n}\nfunction warn(logLevel, warning) {\n    if (logLevel === 'debug' || logLevel === 'warn') {\n        if (typeof node_process.emitWarning === 'function')\n            node_process.emitWarning(warning);\n        else\n            console.warn(warning);\n    }\n}\n\nexports.debug = debug;\nexports.warn = warn;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/log.js"),

/***/ 7: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar anchors = __nccwpck_require__(9030);\nvar visit = __nccwpck_require__(4190);\nvar identity = __nccwpck_require__(1737);\nvar Node = __nccwpck_require__(9447);\nvar toJS = __nccwpck_require__(445);\n\nclass Alias extends Node.NodeBase {\n    constructor(source) {\n        super(identity.ALIAS);\n        this.source = source;\n        Object.defineProperty(this, 'tag', {\n            set() {\n                throw new Error('Alias nodes cannot have tags');\n            }\n        });\n    }\n    /**\n     * Resolve the value of this alias within `doc`, finding the last\n     * instance of the `source` anchor before this node.\n     */\n    resolve(doc, ctx) {\n        if (ctx?.maxAliasCount === 0)\n            throw new ReferenceError('Alias resolution is disabled');\n        let nodes;\n        if (ctx?.aliasResolveCache) {\n            nodes = ctx.aliasResolveCache;\n        }\n        else {\n            nodes = [];\n            visit.visit(doc, {\n                Node: (_key, node) => {\n                    if (identity.isAlias(node) || identity.hasAnchor(node))\n                        nodes.push(node);\n                }\n            });\n            if (ctx)\n                ctx.aliasResolveCache = nodes;\n        }\n        let found = undefined;\n        for (const node of nodes) {\n            if (node === this)\n                break;\n            if (node.anchor === this.source)\n                found = node;\n        }\n        if (found && ctx) {\n            const { anchors, doc, maxAliasCount } = ctx;\n            let data = anchors.get(found);\n            if (!data) {\n                // Resolve anchors for Node.prototype.toJS()\n                toJS.toJS(found, null, ctx);\n                data = anchors.get(found);\n            }\n            /* istanbul ignore if */\n            if (data?.res === undefined) {\n                const msg = 'This should not happen: Alias anchor was not resolved?';\n                throw new ReferenceError(msg);\n            }\n            if (maxAliasCount >= 0) {\n                data.count += 1;\n                if (data.aliasCount === 0)\n                    data.aliasCount = getAliasCount(doc, found, anchors);\n                if (data.count * data.aliasCount > maxAliasCount) {\n                    const msg = 'Excessive alias count indicates a resource exhaustion attack';\n                    throw new ReferenceError(msg);\n                }\n            }\n        }\n        return found;\n    }\n    toJSON(_arg, ctx) {\n        if (!ctx)\n            return { source: this.source };\n        const source = this.resolve(ctx.doc, ctx);\n        if (!source) {\n            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;\n            throw new ReferenceError(msg);\n        }\n        return ctx.anchors.get(source).res;\n    }\n    toString(ctx, _onComment, _onChompKeep) {\n        const src = `*${this.source}`;\n        if (ctx) {\n            anchors.anchorIsValid(this.source);\n            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {\n                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;\n                throw new Error(msg);\n            }\n            if (ctx.implicitKey)\n                return `${src} `;\n        }\n        return src;\n    }\n}\nfunction getAliasCount(doc, node, anchors) {\n    if (identity.isAlias(node)) {\n        const source = node.resolve(doc);\n        const anchor = anchors && source && anchors.get(source);\n        return anchor ? anchor.count * anchor.aliasCount : 0;\n    }\n    else if (identity.isCollection(node)) {\n        let count = 0;\n        for (const item of node.items) {\n            const c = getAliasCount(doc, item, anchors);\n            if (c > count)\n                count = c;\n        }\n        return count;\n    }\n    else if (identity.isPair(node)) {\n        const kc = getAliasCount(doc, node.key, anchors);\n        const vc = getAliasCount(doc, node.value, anchors);\n        return Math.max(kc, vc);\n    }\n    return 1;\n}\n\nexports.Alias = Alias;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/Alias.js"),

/***/ 935: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar createNode = __nccwpck_require__(1126);\nvar identity = __nccwpck_require__(1737);\nvar Node = __nccwpck_require__(9447);\n\nfunction collectionFromPath(schema, path, value) {\n    let v = value;\n    for (let i = path.length - 1; i >= 0; --i) {\n        const k = path[i];\n        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {\n            const a = [];\n            a[k] = v;\n            v = a;\n        }\n        else {\n            v = new Map([[k, v]]);\n        }\n    }\n    return createNode.createNode(v, undefined, {\n        aliasDuplicateObjects: false,\n        keepUndefined: false,\n        onAnchor: () => {\n            throw new Error('This should not happen, please report a bug.');\n        },\n        schema,\n        sourceObjects: new Map()\n    });\n}\n// Type guard is intentionally a little wrong so as to be more useful,\n// as it does not cover untypable empty non-string iterables (e.g. []).\nconst isEmptyPath = (path) => path == null ||\n    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);\nclass Collection extends Node.NodeBase {\n    constructor(type, schema) {\n        super(type);\n        Object.defineProperty(this, 'schema', {\n            value: schema,\n            configurable: true,\n            enumerable: false,\n            writable: true\n        });\n    }\n    /**\n     * Create a copy of this collection.\n     *\n     * @param schema - If defined, overwrites the original's schema\n     */\n    clone(schema) {\n        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));\n        if (schema)\n            copy.schema = schema;\n        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);\n        if (this.range)\n            copy.range = this.range.slice();\n        return copy;\n    }\n    /**\n     * Adds a value to the collection. For `!!map` and `!!omap` the value must\n     * be a Pair instance or a `{ key, value }` object, which may not have a key\n     * that already exists in the map.\n     */\n    addIn(path, value) {\n        if (isEmptyPath(path))\n            this.add(value);\n        else {\n            const [key, ...rest] = path;\n            const node = this.get(key, true);\n            if (identity.isCollection(node))\n                node.addIn(rest, value);\n            else if (node === undefined && this.schema)\n                this.set(key, collectionFromPath(this.schema, rest, value));\n            else\n                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n        }\n    }\n    /**\n     * Removes a value from the collection.\n     * @returns `true` if the item was found and removed.\n     */\n    deleteIn(path) {\n        const [key, ...rest] = path;\n        if (rest.length === 0)\n            return this.delete(key);\n        const node = this.get(key, true);\n        if (identity.isCollection(node))\n            return node.deleteIn(rest);\n        else\n            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n    }\n    /**\n     * Returns item at `key`, or `undefined` if not found. By default unwraps\n     * scalar values from their surrounding node; to disable set `keepScalar` to\n     * `true` (collections are always returned intact).\n     */\n    getIn(path, keepScalar) {\n        const [key, ...rest] = path;\n        const node = this.get(key, true);\n        if (rest.length === 0)\n            return !keepScalar && identity.isScalar(node) ? node.value : node;\n        else\n            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;\n    }\n    hasAllNullValues(allowScalar) {\n        return this.items.every(node => {\n            if (!identity.isPair(node))\n                return false;\n            const n = node.value;\n            return (n == null ||\n                (allowScalar &&\n                    identity.isScalar(n) &&\n                    n.value == null &&\n                    !n.commentBefore &&\n                    !n.comment &&\n                    !n.tag));\n        });\n    }\n    /**\n     * Checks if the collection includes a value with the key `key`.\n     */\n    hasIn(path) {\n        const [key, ...rest] = path;\n        if (rest.length === 0)\n            return this.has(key);\n        const node = this.get(key, true);\n        return identity.isCollection(node) ? node.hasIn(rest) : false;\n    }\n    /**\n     * Sets a value in this collection. For `!!set`, `value` needs to be a\n     * boolean to add/remove the item from the set.\n     */\n    setIn(path, value) {\n        const [key, ...rest] = path;\n        if (rest.length === 0) {\n            this.set(key, value);\n        }\n        else {\n            const node = this.get(key, true);\n            if (identity.isCollection(node))\n                node.setIn(rest, value);\n            else if (node === undefined && this.schema)\n                this.set(key, collectionFromPath(this.schema, rest, value));\n            else\n                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);\n        }\n    }\n}\n\nexports.Collection = Collection;\nexports.collectionFromPath = collectionFromPath;\nexports.isEmptyPath = isEmptyPath;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/Collection.js"),

/***/ 9447: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar applyReviver = __nccwpck_require__(6767);\nvar identity = __nccwpck_require__(1737);\nvar toJS = __nccwpck_require__(445);\n\nclass NodeBase {\n    constructor(type) {\n        Object.defineProperty(this, identity.NODE_TYPE, { value: type });\n    }\n    /** Create a copy of this node.  */\n    clone() {\n        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));\n        if (this.range)\n            copy.range = this.range.slice();\n        return copy;\n    }\n    /** A plain JavaScript representation of this node. */\n    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {\n        if (!identity.isDocument(doc))\n            throw new TypeError('A document argument is required');\n        const ctx = {\n            anchors: new Map(),\n            doc,\n            keep: true,\n            mapAsMap: mapAsMap === true,\n            mapKeyWarned: false,\n            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100\n        };\n        const res = toJS.toJS(this, '', ctx);\n        if (typeof onAnchor === 'function')\n            for (const { count, res } of ctx.anchors.values())\n                onAnchor(res, count);\n        return typeof reviver === 'function'\n            ? applyReviver.applyReviver(reviver, { '': res }, '', res)\n            : res;\n    }\n}\n\nexports.NodeBase = NodeBase;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/Node.js"),

/***/ 7567: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar createNode = __nccwpck_require__(1126);\nvar stringifyPair = __nccwpck_require__(8070);\nvar addPairToJSMap = __nccwpck_require__(8374);\nvar identity = __nccwpck_require__(1737);\n\nfunction createPair(key, value, ctx) {\n    const k = createNode.createNode(key, undefined, ctx);\n    const v = createNode.createNode(value, undefined, ctx);\n    return new Pair(k, v);\n}\nclass Pair {\n    constructor(key, value = null) {\n        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });\n        this.key = key;\n        this.value = value;\n    }\n    clone(schema) {\n        let { key, value } = this;\n        if (identity.isNode(key))\n            key = key.clone(schema);\n        if (identity.isNode(value))\n            value = value.clone(schema);\n        return new Pair(key, value);\n    }\n    toJSON(_, ctx) {\n        const pair = ctx?.mapAsMap ? new Map() : {};\n        return addPairToJSMap.addPairToJSMap(ctx, pair, this);\n    }\n    toString(ctx, onComment, onChompKeep) {\n        return ctx?.doc\n            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)\n            : JSON.stringify(this);\n    }\n}\n\nexports.Pair = Pair;\nexports.createPair = createPair;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/Pair.js"),

/***/ 1543: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Node = __nccwpck_require__(9447);\nvar toJS = __nccwpck_require__(445);\n\nconst isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');\nclass Scalar extends Node.NodeBase {\n    constructor(value) {\n        super(identity.SCALAR);\n        this.value = value;\n    }\n    toJSON(arg, ctx) {\n        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);\n    }\n    toString() {\n        return String(this.value);\n    }\n}\nScalar.BLOCK_FOLDED = 'BLOCK_FOLDED';\nScalar.BLOCK_LITERAL = 'BLOCK_LITERAL';\nScalar.PLAIN = 'PLAIN';\nScalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';\nScalar.QUOTE_SINGLE = 'QUOTE_SINGLE';\n\nexports.Scalar = Scalar;\nexports.isScalarValue = isScalarValue;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/Scalar.js"),

/***/ 1856: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar stringifyCollection = __nccwpck_require__(486);\nvar addPairToJSMap = __nccwpck_require__(8374);\nvar Collection = __nccwpck_require__(935);\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar Scalar = __nccwpck_require__(1543);\n\nfunction findPair(items, key) {\n    const k = identity.isScalar(key) ? key.value : key;\n    for (const it of items) {\n        if (identity.isPair(it)) {\n            if (it.key === key || it.key === k)\n                return it;\n            if (identity.isScalar(it.key) && it.key.value === k)\n                return it;\n        }\n    }\n    return undefined;\n}\nclass YAMLMap extends Collection.Collection {\n    static get tagName() {\n        return 'tag:yaml.org,2002:map';\n    }\n    constructor(schema) {\n        super(identity.MAP, schema);\n        this.items = [];\n    }\n    /**\n     * A generic collection parsing method that can be extended\n     * to other node classes that inherit from YAMLMap\n     */\n    static from(schema, obj, ctx) {\n        const { keepUndefined, replacer } = ctx;\n        const map = new this(schema);\n        const add = (key, value) => {\n            if (typeof replacer === 'function')\n                value = replacer.call(obj, key, value);\n            else if (Array.isArray(replacer) && !replacer.includes(key))\n                return;\n            if (value !== undefined || keepUndefined)\n                map.items.push(Pair.createPair(key, value, ctx));\n        };\n        if (obj instanceof Map) {\n            for (const [key, value] of obj)\n                add(key, value);\n        }\n        else if (obj && typeof obj === 'object') {\n            for (const key of Object.keys(obj))\n                add(key, obj[key]);\n        }\n        if (typeof schema.sortMapEntries === 'function') {\n            map.items.sort(schema.sortMapEntries);\n        }\n        return map;\n    }\n    /**\n     * Adds a value to the collection.\n     *\n     * @param overwrite - If not set `true`, using a key that is already in the\n     *   collection will throw. Otherwise, overwrites the previous value.\n     */\n    add(pair, overwrite) {\n        let _pair;\n        if (identity.isPair(pair))\n            _pair = pair;\n        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {\n            // In TypeScript, this never happens.\n            _pair = new Pair.Pair(pair, pair?.value);\n        }\n        else\n            _pair = new Pair.Pair(pair.key, pair.value);\n        const prev = findPair(this.items, _pair.key);\n        const sortEntries = this.schema?.sortMapEntries;\n        if (prev) {\n            if (!overwrite)\n                throw new Error(`Key ${_pair.key} already set`);\n            // For scalars, keep the old node & its comments and anchors\n            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))\n                prev.value.value = _pair.value;\n            else\n                prev.value = _pair.value;\n        }\n        else if (sortEntries) {\n            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);\n            if (i === -1)\n                this.items.push(_pair);\n            else\n                this.items.splice(i, 0, _pair);\n        }\n        else {\n            this.items.push(_pair);\n        }\n    }\n    delete(key) {\n        const it = findPair(this.items, key);\n        if (!it)\n            return false;\n        const del = this.items.splice(this.items.indexOf(it), 1);\n        return del.length > 0;\n    }\n    get(key, keepScalar) {\n        const it = findPair(this.items, key);\n        const node = it?.value;\n        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;\n    }\n    has(key) {\n        return !!findPair(this.items, key);\n    }\n    set(key, value) {\n        this.add(new Pair.Pair(key, value), true);\n    }\n    /**\n     * @param ctx - Conversion context, originally set in Document#toJS()\n     * @param {Class} Type - If set, forces the returned collection type\n     * @returns Instance of Type, Map, or Object\n     */\n    toJSON(_, ctx, Type) {\n        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};\n        if (ctx?.onCreate)\n            ctx.onCreate(map);\n        for (const item of this.items)\n            addPairToJSMap.addPairToJSMap(ctx, map, item);\n        return map;\n    }\n    toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n            return JSON.stringify(this);\n        for (const item of this.items) {\n            if (!identity.isPair(item))\n                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);\n        }\n        if (!ctx.allNullValues && this.hasAllNullValues(false))\n            ctx = Object.assign({}, ctx, { allNullValues: true });\n        return stringifyCollection.stringifyCollection(this, ctx, {\n            blockItemPrefix: '',\n            flowChars: { start: '{', end: '}' },\n            itemIndent: ctx.indent || '',\n            onChompKeep,\n            onComment\n        });\n    }\n}\n\nexports.YAMLMap = YAMLMap;\nexports.findPair = findPair;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/YAMLMap.js"),

/***/ 3013: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar createNode = __nccwpck_require__(1126);\nvar stringifyCollection = __nccwpck_require__(486);\nvar Collection = __nccwpck_require__(935);\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\nvar toJS = __nccwpck_require__(445);\n\nclass YAMLSeq extends Collection.Collection {\n    static get tagName() {\n        return 'tag:yaml.org,2002:seq';\n    }\n    constructor(schema) {\n        super(identity.SEQ, schema);\n        this.items = [];\n    }\n    add(value) {\n        this.items.push(value);\n    }\n    /**\n     * Removes a value from the collection.\n     *\n     * `key` must contain a representation of an integer for this to succeed.\n     * It may be wrapped in a `Scalar`.\n     *\n     * @returns `true` if the item was found and removed.\n     */\n    delete(key) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== 'number')\n            return false;\n        const del = this.items.splice(idx, 1);\n        return del.length > 0;\n    }\n    get(key, keepScalar) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== 'number')\n            return undefined;\n        const it = this.items[idx];\n        return !keepScalar && identity.isScalar(it) ? it.value : it;\n    }\n    /**\n     * Checks if the collection includes a value with the key `key`.\n     *\n     * `key` must contain a representation of an integer for this to succeed.\n     * It may be wrapped in a `Scalar`.\n     */\n    has(key) {\n        const idx = asItemIndex(key);\n        return typeof idx === 'number' && idx < this.items.length;\n    }\n    /**\n     * Sets a value in this collection. For `!!set`, `value` needs to be a\n     * boolean to add/remove the item from the set.\n     *\n     * If `key` does not contain a representation of an integer, this will throw.\n     * It may be wrapped in a `Scalar`.\n     */\n    set(key, value) {\n        const idx = asItemIndex(key);\n        if (typeof idx !== 'number')\n            throw new Error(`Expected a valid index, not ${key}.`);\n        const prev = this.items[idx];\n        if (identity.isScalar(prev) && Scalar.isScalarValue(value))\n            prev.value = value;\n        else\n            this.items[idx] = value;\n    }\n    toJSON(_, ctx) {\n        const seq = [];\n        if (ctx?.onCreate)\n            ctx.onCreate(seq);\n        let i = 0;\n        for (const item of this.items)\n            seq.push(toJS.toJS(item, String(i++), ctx));\n        return seq;\n    }\n    toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n            return JSON.stringify(this);\n        return stringifyCollection.stringifyCollection(this, ctx, {\n            blockItemPrefix: '- ',\n            flowChars: { start: '[', end: ']' },\n            itemIndent: (ctx.indent || '') + '  ',\n            onChompKeep,\n            onComment\n        });\n    }\n    static from(schema, obj, ctx) {\n        const { replacer } = ctx;\n        const seq = new this(schema);\n        if (obj && Symbol.iterator in Object(obj)) {\n            let i = 0;\n            for (let it of obj) {\n                if (typeof replacer === 'function') {\n                    const key = obj instanceof Set ? it : String(i++);\n                    it = replacer.call(obj, key, it);\n                }\n                seq.items.push(createNode.createNode(it, undefined, ctx));\n            }\n        }\n        return seq;\n    }\n}\nfunction asItemIndex(key) {\n    let idx = identity.isScalar(key) ? key.value : key;\n    if (idx && typeof idx === 'string')\n        idx = Number(idx);\n    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0\n        ? idx\n        : null;\n}\n\nexports.YAMLSeq = YAMLSeq;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/YAMLSeq.js"),

/***/ 8374: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar log = __nccwpck_require__(8195);\nvar merge = __nccwpck_require__(5970);\nvar stringify = __nccwpck_require__(5474);\nvar identity = __nccwpck_require__(1737);\nvar toJS = __nccwpck_require__(445);\n\nfunction addPairToJSMap(ctx, map, { key, value }) {\n    if (identity.isNode(key) && key.addToJSMap)\n        key.addToJSMap(ctx, map, value);\n    // TODO: Should drop this special case for bare << handling\n    else if (merge.isMergeKey(ctx, key))\n        merge.addMergeToJSMap(ctx, map, value);\n    else {\n        const jsKey = toJS.toJS(key, '', ctx);\n        if (map instanceof Map) {\n            map.set(jsKey, toJS.toJS(value, jsKey, ctx));\n        }\n        else if (map instanceof Set) {\n            map.add(jsKey);\n        }\n        else {\n            const stringKey = stringifyKey(key, jsKey, ctx);\n            const jsValue = toJS.toJS(value, stringKey, ctx);\n            if (stringKey in map)\n                Object.defineProperty(map, stringKey, {\n                    value: jsValue,\n                    writable: true,\n                    enumerable: true,\n                    configurable: true\n                });\n            else\n                map[stringKey] = jsValue;\n        }\n    }\n    return map;\n}\nfunction stringifyKey(key, jsKey, ctx) {\n    if (jsKey === null)\n        return '';\n    // eslint-disable-next-line @typescript-eslint/no-base-to-string\n    if (typeof jsKey !== 'object')\n        return String(jsKey);\n    if (identity.isNode(key) && ctx?.doc) {\n        const strCtx = stringify.createStringifyContext(ctx.doc, {});\n        strCtx.anchors = new Set();\n        for (const node of ctx.anchors.keys())\n            strCtx.anchors.add(node.anchor);\n        strCtx.inFlow = true;\n        strCtx.inStringifyKey = true;\n        const strKey = key.toString(strCtx);\n        if (!ctx.mapKeyWarned) {\n            let jsonStr = JSON.stringify(strKey);\n            if (jsonStr.length > 40)\n                jsonStr = jsonStr.substring(0, 36) + '...\"';\n            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);\n            ctx.mapKeyWarned = true;\n        }\n        return strKey;\n    }\n    return JSON.stringify(jsKey);\n}\n\nexports.addPairToJSMap = addPairToJSMap;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/addPairToJSMap.js"),

/***/ 1737: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nconst ALIAS = Symbol.for('yaml.alias');\nconst DOC = Symbol.for('yaml.document');\nconst MAP = Symbol.for('yaml.map');\nconst PAIR = Symbol.for('yaml.pair');\nconst SCALAR = Symbol.for('yaml.scalar');\nconst SEQ = Symbol.for('yaml.seq');\nconst NODE_TYPE = Symbol.for('yaml.node.type');\nconst isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;\nconst isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;\nconst isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;\nconst isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;\nconst isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;\nconst isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;\nfunction isCollection(node) {\n    if (node && typeof node === 'object')\n        switch (node[NODE_TYPE]) {\n            case MAP:\n            case SEQ:\n                return true;\n        }\n    return false;\n}\nfunction isNode(node) {\n    if (node && typeof node === 'object')\n        switch (node[NODE_TYPE]) {\n            case ALIAS:\n            case MAP:\n            case SCALAR:\n            case SEQ:\n                return true;\n        }\n    return false;\n}\nconst hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;\n\nexports.ALIAS = ALIAS;\nexports.DOC = DOC;\nexports.MAP = MAP;\nexports.NODE_TYPE = NODE_TYPE;\nexports.PAIR = PAIR;\nexports.SCALAR = SCALAR;\nexports.SEQ = SEQ;\nexports.hasAnchor = hasAnchor;\nexports.isAlias = isAlias;\nexports.isCollection = isCollection;\nexports.isDocument = isDocument;\nexports.isMap = isMap;\nexports.isNode = isNode;\nexports.isPair = isPair;\nexports.isScalar = isScalar;\nexports.isSeq = isSeq;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/identity.js"),

/***/ 445: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\n\n/**\n * Recursively convert any node or its contents to native JavaScript\n *\n * @param value - The input value\n * @param arg - If `value` defines a `toJSON()` method, use this\n *   as its first argument\n * @param ctx - Conversion context, originally set in Document#toJS(). If\n *   `{ keep: true }` is not set, output should be suitable for JSON\n *   stringification.\n */\nfunction toJS(value, arg, ctx) {\n    // eslint-disable-next-line @typescript-eslint/no-unsafe-return\n    if (Array.isArray(value))\n        return value.map((v, i) => toJS(v, String(i), ctx));\n    if (value && typeof value.toJSON === 'function') {\n        // eslint-disable-next-line @typescript-eslint/no-unsafe-call\n        if (!ctx || !identity.hasAnchor(value))\n            return value.toJSON(arg, ctx);\n        const data = { aliasCount: 0, count: 1, res: undefined };\n        ctx.anchors.set(value, data);\n        ctx.onCreate = res => {\n            data.res = res;\n            delete ctx.onCreate;\n        };\n        const res = value.toJSON(arg, ctx);\n        if (ctx.onCreate)\n            ctx.onCreate(res);\n        return res;\n    }\n    if (typeof value === 'bigint' && !ctx?.keep)\n        return Number(value);\n    return value;\n}\n\nexports.toJS = toJS;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/nodes/toJS.js"),

/***/ 1588: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar resolveBlockScalar = __nccwpck_require__(1399);\nvar resolveFlowScalar = __nccwpck_require__(2976);\nvar errors = __nccwpck_require__(8450);\nvar stringifyString = __nccwpck_require__(4387);\n\nfunction resolveAsScalar(token, strict = true, onError) {\n    if (token) {\n        const _onError = (pos, code, message) => {\n            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;\n            if (onError)\n                onError(offset, code, message);\n            else\n                throw new errors.YAMLParseError([offset, offset + 1], code, message);\n        };\n        switch (token.type) {\n            case 'scalar':\n            case 'single-quoted-scalar':\n            case 'double-quoted-scalar':\n                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);\n            case 'block-scalar':\n                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);\n        }\n    }\n    return null;\n}\n/**\n * Create a new scalar token with `value`\n *\n * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,\n * as this function does not support any schema operations and won't check for such conflicts.\n *\n * @param value The string representation of the value, which will have its content properly indented.\n * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.\n * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.\n * @param context.indent The indent level of the token.\n * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.\n * @param context.offset The offset position of the token.\n * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.\n */\nfunction createScalarToken(value, context) {\n    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;\n    const source = stringifyString.stringifyString({ type, value }, {\n        implicitKey,\n        indent: indent > 0 ? ' '.repeat(indent) : '',\n        inFlow,\n        options: { blockQuote: true, lineWidth: -1 }\n    });\n    const end = context.end ?? [\n        { type: 'newline', offset: -1, indent, source: '\\n' }\n    ];\n    switch (source[0]) {\n        case '|':\n        case '>': {\n            const he = source.indexOf('\\n');\n            const head = source.substring(0, he);\n            const body = source.substring(he + 1) + '\\n';\n            const props = [\n                { type: 'block-scalar-header', offset, indent, source: head }\n            ];\n            if (!addEndtoBlockProps(props, end))\n                props.push({ type: 'newline', offset: -1, indent, source: '\\n' });\n            return { type: 'block-scalar', offset, indent, props, source: body };\n        }\n        case '\"':\n            return { type: 'double-quoted-scalar', offset, indent, source, end };\n        case \"'\":\n            return { type: 'single-quoted-scalar', offset, indent, source, end };\n        default:\n            return { type: 'scalar', offset, indent, source, end };\n    }\n}\n/**\n * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.\n *\n * Best efforts are made to retain any comments previously associated with the `token`,\n * though all contents within a collection's `items` will be overwritten.\n *\n * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,\n * as this function does not support any schema operations and won't check for such conflicts.\n *\n * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.\n * @param value The string representation of the value, which will have its content properly indented.\n * @param context.afterKey In most cases, values after a key should have an additional level of indentation.\n * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.\n * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.\n * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.\n */\nfunction setScalarValue(token, value, context = {}) {\n    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;\n    let indent = 'indent' in token ? token.indent : null;\n    if (afterKey && typeof indent === 'number')\n        indent += 2;\n    if (!type)\n        switch (token.type) {\n            case 'single-quoted-scalar':\n                type = 'QUOTE_SINGLE';\n                break;\n            case 'double-quoted-scalar':\n                type = 'QUOTE_DOUBLE';\n                break;\n            case 'block-scalar': {\n                const header = token.props[0];\n                if (header.type !== 'block-scalar-header')\n                    throw new Error('Invalid block scalar header');\n                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';\n                break;\n            }\n            default:\n                type = 'PLAIN';\n        }\n    const source = stringifyString.stringifyString({ type, value }, {\n        implicitKey: implicitKey || indent === null,\n        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',\n        inFlow,\n        options: { blockQuote: true, lineWidth: -1 }\n    });\n    switch (source[0]) {\n        case '|':\n        case '>':\n            setBlockScalarValue(token, source);\n            break;\n        case '\"':\n            setFlowScalarValue(token, source, 'double-quoted-scalar');\n            break;\n        case \"'\":\n            setFlowScalarValue(token, source, 'single-quoted-scalar');\n            break;\n        default:\n            setFlowScalarValue(token, source, 'scalar');\n    }\n}\nfunction setBlockScalarValue(token, source) {\n    const he = source.indexOf('\\n');\n    const head = source.substring(0, he);\n    const body = source.substring(he + 1) + '\\n';\n    if (token.type === 'block-scalar') {\n        const header = token.props[0];\n        if (header.type !== 'block-scalar-header')\n            throw new Error('Invalid block scalar header');\n        header.source = head;\n        token.source = body;\n    }\n    else {\n        const { offset } = token;\n        const indent = 'indent' in token ? token.indent : -1;\n        const props = [\n            { type: 'block-scalar-header', offset, indent, source: head }\n        ];\n        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))\n            props.push({ type: 'newline', offset: -1, indent, source: '\\n' });\n        for (const key of Object.keys(token))\n            if (key !== 'type' && key !== 'offset')\n                delete token[key];\n        Object.assign(token, { type: 'block-scalar', indent, props, source: body });\n    }\n}\n/** @returns `true` if last token is a newline */\nfunction addEndtoBlockProps(props, end) {\n    if (end)\n        for (const st of end)\n            switch (st.type) {\n                case 'space':\n                case 'comment':\n                    props.push(st);\n                    break;\n                case 'newline':\n                    props.push(st);\n                    return true;\n            }\n    return false;\n}\nfunction setFlowScalarValue(token, source, type) {\n    switch (token.type) {\n        case 'scalar':\n        case 'double-quoted-scalar':\n        case 'single-quoted-scalar':\n            token.type = type;\n            token.source = source;\n            break;\n        case 'block-scalar': {\n            const end = token.props.slice(1);\n            let oa = source.length;\n            if (token.props[0].type === 'block-scalar-header')\n                oa -= token.props[0].source.length;\n            for (const tok of end)\n                tok.offset += oa;\n            delete token.props;\n            Object.assign(token, { type, source, end });\n            break;\n        }\n        case 'block-map':\n        case 'block-seq': {\n            const offset = token.offset + source.length;\n            const nl = { type: 'newline', offset, indent: token.indent, source: '\\n' };\n            delete token.items;\n            Object.assign(token, { type, source, end: [nl] });\n            break;\n        }\n        default: {\n            const indent = 'indent' in token ? token.indent : -1;\n            const end = 'end' in token && Array.isArray(token.end)\n                ? token.end.filter(st => st.type === 'space' ||\n                    st.type === 'comment' ||\n                    st.type === 'newline')\n                : [];\n            for (const key of Object.keys(token))\n                if (key !== 'type' && key !== 'offset')\n                    delete token[key];\n            Object.assign(token, { type, indent, source, end });\n        }\n    }\n}\n\nexports.createScalarToken = createScalarToken;\nexports.resolveAsScalar = resolveAsScalar;\nexports.setScalarValue = setScalarValue;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/cst-scalar.js"),

/***/ 751: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\n/**\n * Stringify a CST document, token, or collection item\n *\n * Fair warning: This applies no validation whatsoever, and\n * simply concatenates the sources in their logical order.\n */\nconst stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);\nfunction stringifyToken(token) {\n    switch (token.type) {\n        case 'block-scalar': {\n            let res = '';\n            for (const tok of token.props)\n                res += stringifyToken(tok);\n            return res + token.source;\n        }\n        case 'block-map':\n        case 'block-seq': {\n            let res = '';\n            for (const item of token.items)\n                res += stringifyItem(item);\n            return res;\n        }\n        case 'flow-collection': {\n            let res = token.start.source;\n            for (const item of token.items)\n                res += stringifyItem(item);\n            for (const st of token.end)\n                res += st.source;\n            return res;\n        }\n        case 'document': {\n            let res = stringifyItem(token);\n            if (token.end)\n                for (const st of token.end)\n                    res += st.source;\n            return res;\n        }\n        default: {\n            let res = token.source;\n            if ('end' in token && token.end)\n                for (const st of token.end)\n                    res += st.source;\n            return res;\n        }\n    }\n}\nfunction stringifyItem({ start, key, sep, value }) {\n    let res = '';\n    for (const st of start)\n        res += st.source;\n    if (key)\n        res += stringifyToken(key);\n    if (sep)\n        for (const st of sep)\n            res += st.source;\n    if (value)\n        res += stringifyToken(value);\n    return res;\n}\n\nexports.stringify = stringify;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/cst-stringify.js"),

/***/ 1: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nconst BREAK = Symbol('break visit');\nconst SKIP = Symbol('skip children');\nconst REMOVE = Symbol('remove item');\n/**\n * Apply a visitor to a CST document or item.\n *\n * Walks through the tree (depth-first) starting from the root, calling a\n * `visitor` function with two arguments when entering each item:\n *   - `item`: The current item, which included the following members:\n *     - `start: SourceToken[]` – Source tokens before the key or value,\n *       possibly including its anchor or tag.\n *     - `key?: Token | null` – Set for pair values. May then be `null`, if\n *       the key before the `:` separator is empty.\n *     - `sep?: SourceToken[]` – Source tokens between the key and the value,\n *       which should include the `:` map value indicator if `value` is set.\n *     - `value?: Token` – The value of a sequence item, or of a map pair.\n *   - `path`: The steps from the root to the current node, as an array of\n *     `['key' | 'value', number]` tuples.\n *\n * The return value of the visitor may be used to control the traversal:\n *   - `undefined` (default): Do nothing and continue\n *   - `visit.SKIP`: Do not visit the children of this token, continue with\n *      next sibling\n *   - `visit.BREAK`: Terminate traversal completely\n *   - `visit.REMOVE`: Remove the current item, then continue with the next one\n *   - `number`: Set the index of the next step. This is useful especially if\n *     the index of the current token has changed.\n *   - `function`: Define the next visitor for this item. After the original\n *     visitor is called on item entry, next visitors are called after handling\n *     a non-empty `key` and when exiting the item.\n */\nfunction visit(cst, visitor) {\n    if ('type' in cst && cst.type === 'document')\n        cst = { start: cst.start, value: cst.value };\n    _visit(Object.freeze([]), cst, visitor);\n}\n// Without the `as symbol` casts, TS declares these in the `visit`\n// namespace using `var`, but then complains about that because\n// `unique symbol` must be `const`.\n/** Terminate visit traversal completely */\nvisit.BREAK = BREAK;\n/** Do not visit the children of the current item */\nvisit.SKIP = SKIP;\n/** Remove the current item */\nvisit.REMOVE = REMOVE;\n/** Find the item at `path` from `cst` as the root */\nvisit.itemAtPath = (cst, path) => {\n    let item = cst;\n    for (const [field, index] of path) {\n        const tok = item?.[field];\n        if (tok && 'items' in tok) {\n            item = tok.items[index];\n        }\n        else\n            return undefined;\n    }\n    return item;\n};\n/**\n * Get the immediate parent collection of the item at `path` from `cst` as the root.\n *\n * Throws an error if the collection is not found, which should never happen if the item itself exists.\n */\nvisit.parentCollection = (cst, path) => {\n    const parent = visit.itemAtPath(cst, path.slice(0, -1));\n    const field = path[path.length - 1][0];\n    const coll = parent?.[field];\n    if (coll && 'items' in coll)\n        return coll;\n    throw new Error('Parent collection not found');\n};\nfunction _visit(path, item, visitor) {\n    let ctrl = visitor(item, path);\n    if (typeof ctrl === 'symbol')\n        return ctrl;\n    for (const field of ['key', 'value']) {\n        const token = item[field];\n        if (token && 'items' in token) {\n            for (let i = 0; i < token.items.length; ++i) {\n                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);\n                if (typeof ci === 'number')\n                    i = ci - 1;\n                else if (ci === BREAK)\n                    return BREAK;\n                else if (ci === REMOVE) {\n                    token.items.splice(i, 1);\n                    i -= 1;\n                }\n            }\n            if (typeof ctrl === 'function' && field === 'key')\n                ctrl = ctrl(item, path);\n        }\n    }\n    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;\n}\n\nexports.visit = visit;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/cst-visit.js"),

/***/ 1475: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar cstScalar = __nccwpck_require__(1588);\nvar cstStringify = __nccwpck_require__(751);\nvar cstVisit = __nccwpck_require__(1);\n\n/** The byte order mark */\nconst BOM = '\\u{FEFF}';\n/** Start of doc-mode */\nconst DOCUMENT = '\\x02'; // C0: Start of Text\n/** Unexpected end of flow-mode */\nconst FLOW_END = '\\x18'; // C0: Cancel\n/** Next token is a scalar value */\nconst SCALAR = '\\x1f'; // C0: Unit Separator\n/** @returns `true` if `token` is a flow or block collection */\nconst isCollection = (token) => !!token && 'items' in token;\n/** @returns `true` if `token` is a flow or block scalar; not an alias */\nconst isScalar = (token) => !!token &&\n    (token.type === 'scalar' ||\n        token.type === 'single-quoted-scalar' ||\n        token.type === 'double-quoted-scalar' ||\n        token.type === 'block-scalar');\n/* istanbul ignore next */\n/** Get a printable representation of a lexer token */\nfunction prettyToken(token) {\n    switch (token) {\n        case BOM:\n            return '<BOM>';\n        case DOCUMENT:\n            return '<DOC>';\n        case FLOW_END:\n            return '<FLOW_END>';\n        case SCALAR:\n            return '<SCALAR>';\n        default:\n            return JSON.stringify(token);\n    }\n}\n/** Identify the type of a lexer token. May return `null` for unknown tokens. */\nfunction tokenType(source) {\n    switch (source) {\n        case BOM:\n            return 'byte-order-mark';\n        case DOCUMENT:\n            return 'doc-mode';\n        case FLOW_END:\n            return 'flow-error-end';\n        case SCALAR:\n            return 'scalar';\n        case '---':\n            return 'doc-start';\n        case '...':\n            return 'doc-end';\n        case '':\n        case '\\n':\n        case '\\r\\n':\n            return 'newline';\n        case '-':\n            return 'seq-item-ind';\n        case '?':\n            return 'explicit-key-ind';\n        case ':':\n            return 'map-value-ind';\n        case '{':\n            return 'flow-map-start';\n        case '}':\n            return 'flow-map-end';\n        case '[':\n            return 'flow-seq-start';\n        case ']':\n            return 'flow-seq-end';\n        case ',':\n            return 'comma';\n    }\n    switch (source[0]) {\n        case ' ':\n        case '\\t':\n            return 'space';\n        case '#':\n            return 'comment';\n        case '%':\n            return 'directive-line';\n        case '*':\n            return 'alias';\n        case '&':\n            return 'anchor';\n        case '!':\n            return 'tag';\n        case \"'\":\n            return 'single-quoted-scalar';\n        case '\"':\n            return 'double-quoted-scalar';\n        case '|':\n        case '>':\n            return 'block-scalar-header';\n    }\n    return null;\n}\n\nexports.createScalarToken = cstScalar.createScalarToken;\nexports.resolveAsScalar = cstScalar.resolveAsScalar;\nexports.setScalarValue = cstScalar.setScalarValue;\nexports.stringify = cstStringify.stringify;\nexports.visit = cstVisit.visit;\nexports.BOM = BOM;\nexports.DOCUMENT = DOCUMENT;\nexports.FLOW_END = FLOW_END;\nexports.SCALAR = SCALAR;\nexports.isCollection = isCollection;\nexports.isScalar = isScalar;\nexports.prettyToken = prettyToken;\nexports.tokenType = tokenType;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/cst.js"),

/***/ 7371: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar cst = __nccwpck_require__(1475);\n\n/*\nSTART -> stream\n\nstream\n  directive -> line-end -> stream\n  indent + line-end -> stream\n  [else] -> line-start\n\nline-end\n  comment -> line-end\n  newline -> .\n  input-end -> END\n\nline-start\n  doc-start -> doc\n  doc-end -> stream\n  [else] -> indent -> block-start\n\nblock-start\n  seq-item-start -> block-start\n  explicit-key-start -> block-start\n  map-value-start -> block-start\n  [else] -> doc\n\ndoc\n  line-end -> line-start\n  spaces -> doc\n  anchor -> doc\n  tag -> doc\n  flow-start -> flow -> doc\n  flow-end -> error -> doc\n  seq-item-start -> error -> doc\n  explicit-key-start -> error -> doc\n  map-value-start -> doc\n  alias -> doc\n  quote-start -> quoted-scalar -> doc\n  block-scalar-header -> line-end -> block-scalar(min) -> line-start\n  [else] -> plain-scalar(false, min) -> doc\n\nflow\n  line-end -> flow\n  spaces -> flow\n  anchor -> flow\n  tag -> flow\n  flow-start -> flow -> flow\n  flow-end -> .\n  seq-item-start -> error -> flow\n  explicit-key-start -> flow\n  map-value-start -> flow\n  alias -> flow\n  quote-start -> quoted-scalar -> flow\n  comma -> flow\n  [else] -> plain-scalar(true, 0) -> flow\n\nquoted-scalar\n  quote-end -> .\n  [else] -> quoted-scalar\n\nblock-scalar(min)\n  newline + peek(indent < min) -> .\n  [else] -> block-scalar(min)\n\nplain-scalar(is-flow, min)\n  scalar-end(is-flow) -> .\n  peek(newline + (indent < min)) -> .\n  [else] -> plain-scalar(min)\n*/\nfunction isEmpty(ch) {\n    switch (ch) {\n        case undefined:\n        case ' ':\n        case '\\n':\n        case '\\r':\n        case '\\t':\n            return true;\n        default:\n            return false;\n    }\n}\nconst hexDigits = new Set('0123456789ABCDEFabcdef');\nconst tagChars = new Set(\"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()\");\nconst flowIndicatorChars = new Set(',[]{}');\nconst invalidAnchorChars = new Set(' ,[]{}\\n\\r\\t');\nconst isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);\n/**\n * Splits an input string into lexical tokens, i.e. smaller strings that are\n * easily identifiable by `tokens.tokenType()`.\n *\n * Lexing starts always in a \"stream\" context. Incomplete input may be buffered\n * until a complete token can be emitted.\n *\n * In addition to slices of the original input, the following control characters\n * may also be emitted:\n *\n * - `\\x02` (Start of Text): A document starts with the next token\n * - `\\x18` (Cancel): Unexpected end of flow-mode (indicates an error)\n * - `\\x1f` (Unit Separator): Next token is a scalar value\n * - `\\u{FEFF}` (Byte order mark): Emitted separately outside documents\n */\nclass Lexer {\n    constructor() {\n        /**\n         * Flag indicating whether the end of the current buffer marks the end of\n         * all input\n         */\n        this.atEnd = false;\n        /**\n         * Explicit indent set in block scalar header, as an offset from the current\n         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not\n         * explicitly set.\n         */\n        this.blockScalarIndent = -1;\n        /**\n         * Block scalars that include a + (keep) chomping indicator in their header\n         * include trailing empty lines, which are otherwise excluded from the\n         * scalar's contents.\n         */\n        this.blockScalarKeep = false;\n        /** Current input */\n        this.buffer = '';\n        /**\n         * Flag noting whether the map value indicator : can immediately follow this\n         * node within a flow context.\n         */\n        this.flowKey = false;\n        /** Count of surrounding flow collection levels. */\n        this.flowLevel = 0;\n        /**\n         * Minimum level of indentation required for next lines to be parsed as a\n         * part of the current scalar value.\n         */\n        this.indentNext = 0;\n        /** Indentation level of the current line. */\n        this.indentValue = 0;\n        /** Position of the next \\n character. */\n        this.lineEndPos = null;\n        /** Stores the state of the lexer if reaching the end of incpomplete input */\n        this.next = null;\n        /** A pointer to `buffer`; the current position of the lexer. */\n        this.pos = 0;\n    }\n    /**\n     * Generate YAML tokens from the `source` string. If `incomplete`,\n     * a part of the last line may be left as a buffer for the next call.\n     *\n     * @returns A generator of lexical tokens\n     */\n    *lex(source, incomplete = false) {\n        if (source) {\n            if (typeof source !== 'string')\n                throw TypeError('source is not a string');\n            this.buffer = this.buffer ? this.buffer + source : source;\n            this.lineEndPos = null;\n        }\n        this.atEnd = !incomplete;\n        let next = this.next ?? 'stream';\n        while (next && (incomplete || this.hasChars(1)))\n            next = yield* this.parseNext(next);\n    }\n    atLineEnd() {\n        let i = this.pos;\n        let ch = this.buffer[i];\n        while (ch === ' ' || ch === '\\t')\n            ch = this.buffer[++i];\n        if (!ch || ch === '#' || ch === '\\n')\n            return true;\n        if (ch === '\\r')\n            return this.buffer[i + 1] === '\\n';\n        return false;\n    }\n    charAt(n) {\n        return this.buffer[this.pos + n];\n    }\n    continueScalar(offset) {\n        let ch = this.buffer[offset];\n        if (this.indentNext > 0) {\n            let indent = 0;\n            while (ch === ' ')\n                ch = this.buffer[++indent + offset];\n            if (ch === '\\r') {\n                const next = this.buffer[indent + offset + 1];\n                if (next === '\\n' || (!next && !this.atEnd))\n                    return offset + indent + 1;\n            }\n            return ch === '\\n' || indent >= this.indentNext || (!ch && !this.atEnd)\n                ? offset + indent\n                : -1;\n        }\n        if (ch === '-' || ch === '.') {\n            const dt = this.buffer.substr(offset, 3);\n            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))\n                return -1;\n        }\n        return offset;\n    }\n    getLine() {\n        let end = this.lineEndPos;\n        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {\n            end = this.buffer.indexOf('\\n', this.pos);\n            this.lineEndPos = end;\n        }\n        if (end === -1)\n            return this.atEnd ? this.buffer.substring(this.pos) : null;\n        if (this.buffer[end - 1] === '\\r')\n            end -= 1;\n        return this.buffer.substring(this.pos, end);\n    }\n    hasChars(n) {\n        return this.pos + n <= this.buffer.length;\n    }\n    setNext(state) {\n        this.buffer = this.buffer.substring(this.pos);\n        this.pos = 0;\n        this.lineEndPos = null;\n        this.next = state;\n        return null;\n    }\n    peek(n) {\n        return this.buffer.substr(this.pos, n);\n    }\n    *parseNext(next) {\n        switch (next) {\n            case 'stream':\n                return yield* this.parseStream();\n            case 'line-start':\n                return yield* this.parseLineStart();\n            case 'block-start':\n                return yield* this.parseBlockStart();\n            case 'doc':\n                return yield* this.parseDocument();\n            case 'flow':\n                return yield* this.parseFlowCollection();\n            case 'quoted-scalar':\n                return yield* this.parseQuotedScalar();\n            case 'block-scalar':\n                return yield* this.parseBlockScalar();\n            case 'plain-scalar':\n                return yield* this.parsePlainScalar();\n        }\n    }\n    *parseStream() {\n        let line = this.getLine();\n        if (line === null)\n            return this.setNext('stream');\n        if (line[0] === cst.BOM) {\n            yield* this.pushCount(1);\n            line = line.substring(1);\n        }\n        if (line[0] === '%') {\n            let dirEnd = line.length;\n            let cs = line.indexOf('#');\n            while (cs !== -1) {\n                const ch = line[cs - 1];\n                if (ch === ' ' || ch === '\\t') {\n                    dirEnd = cs - 1;\n                    break;\n                }\n                else {\n                    cs = line.indexOf('#', cs + 1);\n                }\n            }\n            while (true) {\n                const ch = line[dirEnd - 1];\n                if (ch === ' ' || ch === '\\t')\n                    dirEnd -= 1;\n                else\n                    break;\n            }\n            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));\n            yield* this.pushCount(line.length - n); // possible comment\n            this.pushNewline();\n            return 'stream';\n        }\n        if (this.atLineEnd()) {\n            const sp = yield* this.pushSpaces(true);\n            yield* this.pushCount(line.length - sp);\n            yield* this.pushNewline();\n            return 'stream';\n        }\n        yield cst.DOCUMENT;\n        return yield* this.parseLineStart();\n    }\n    *parseLineStart() {\n        const ch = this.charAt(0);\n        if (!ch && !this.atEnd)\n            return this.setNext('line-start');\n        if (ch === '-' || ch === '.') {\n            if (!this.atEnd && !this.hasChars(4))\n                return this.setNext('line-start');\n            const s = this.peek(3);\n            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {\n                yield* this.pushCount(3);\n                this.indentValue = 0;\n                this.indentNext = 0;\n                return s === '---' ? 'doc' : 'stream';\n            }\n        }\n        this.indentValue = yield* this.pushSpaces(false);\n        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))\n            this.indentNext = this.indentValue;\n        return yield* this.parseBlockStart();\n    }\n    *parseBlockStart() {\n        const [ch0, ch1] = this.peek(2);\n        if (!ch1 && !this.atEnd)\n            return this.setNext('block-start');\n        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {\n            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));\n            this.indentNext = this.indentValue + 1;\n            this.indentValue += n;\n            return 'block-start';\n        }\n        return 'doc';\n    }\n    *parseDocument() {\n        yield* this.pushSpaces(true);\n        const line = this.getLine();\n        if (line === null)\n            return this.setNext('doc');\n        let n = yield* this.pushIndicators();\n        switch (line[n]) {\n            case '#':\n                yield* this.pushCount(line.length - n);\n            // fallthrough\n            case undefined:\n                yield* this.pushNewline();\n                return yield* this.parseLineStart();\n            case '{':\n            case '[':\n                yield* this.pushCount(1);\n                this.flowKey = false;\n                this.flowLevel = 1;\n                return 'flow';\n            case '}':\n            case ']':\n                // this is an error\n                yield* this.pushCount(1);\n                return 'doc';\n            case '*':\n                yield* this.pushUntil(isNotAnchorChar);\n                return 'doc';\n            case '\"':\n            case \"'\":\n                return yield* this.parseQuotedScalar();\n            case '|':\n            case '>':\n                n += yield* this.parseBlockScalarHeader();\n                n += yield* this.pushSpaces(true);\n                yield* this.pushCount(line.length - n);\n                yield* this.pushNewline();\n                return yield* this.parseBlockScalar();\n            default:\n                return yield* this.parsePlainScalar();\n        }\n    }\n    *parseFlowCollection() {\n        let nl, sp;\n        let indent = -1;\n        do {\n            nl = yield* this.pushNewline();\n            if (nl > 0) {\n                sp = yield* this.pushSpaces(false);\n                this.indentValue = indent = sp;\n            }\n            else {\n                sp = 0;\n            }\n            sp += yield* this.pushSpaces(true);\n        } while (nl + sp > 0);\n        const line = this.getLine();\n        if (line === null)\n            return this.setNext('flow');\n        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||\n            (indent === 0 &&\n                (line.startsWith('---') || line.startsWith('...')) &&\n                isEmpty(line[3]))) {\n            // Allowing for the terminal ] or } at the same (rather than greater)\n            // indent level as the initial [ or { is technically invalid, but\n            // failing here would be surprising to users.\n            const atFlowEndMarker = indent === this.indentNext - 1 &&\n                this.flowLevel === 1 &&\n                (line[0] === ']' || line[0] === '}');\n            if (!atFlowEndMarker) {\n                // this is an error\n                this.flowLevel = 0;\n                yield cst.FLOW_END;\n                return yield* this.parseLineStart();\n            }\n        }\n        let n = 0;\n        while (line[n] === ',') {\n            n += yield* this.pushCount(1);\n            n += yield* this.pushSpaces(true);\n            this.flowKey = false;\n        }\n        n += yield* this.pushIndicators();\n        switch (line[n]) {\n            case undefined:\n                return 'flow';\n            case '#':\n                yield* this.pushCount(line.length - n);\n                return 'flow';\n            case '{':\n            case '[':\n                yield* this.pushCount(1);\n                this.flowKey = false;\n                this.flowLevel += 1;\n                return 'flow';\n            case '}':\n            case ']':\n                yield* this.pushCount(1);\n                this.flowKey = true;\n                this.flowLevel -= 1;\n                return this.flowLevel ? 'flow' : 'doc';\n            case '*':\n                yield* this.pushUntil(isNotAnchorChar);\n                return 'flow';\n            case '\"':\n            case \"'\":\n                this.flowKey = true;\n                return yield* this.parseQuotedScalar();\n            case ':': {\n                const next = this.charAt(1);\n                if (this.flowKey || isEmpty(next) || next === ',') {\n                    this.flowKey = false;\n                    yield* this.pushCount(1);\n                    yield* this.pushSpaces(true);\n                    return 'flow';\n                }\n            }\n            // fallthrough\n            default:\n                this.flowKey = false;\n                return yield* this.parsePlainScalar();\n        }\n    }\n    *parseQuotedScalar() {\n        const quote = this.charAt(0);\n        let end = this.buffer.indexOf(quote, this.pos + 1);\n        if (quote === \"'\") {\n            while (end !== -1 && this.buffer[end + 1] === \"'\")\n                end = this.buffer.indexOf(\"'\", end + 2);\n        }\n        else {\n            // double-quote\n            while (end !== -1) {\n                let n = 0;\n                while (this.buffer[end - 1 - n] === '\\\\')\n                    n += 1;\n                if (n % 2 === 0)\n                    break;\n                end = this.buffer.indexOf('\"', end + 1);\n            }\n        }\n        // Only looking for newlines within the quotes\n        const qb = this.buffer.substring(0, end);\n        let nl = qb.indexOf('\\n', this.pos);\n        if (nl !== -1) {\n            while (nl !== -1) {\n                const cs = this.continueScalar(nl + 1);\n                if (cs === -1)\n                    break;\n                nl = qb.indexOf('\\n', cs);\n            }\n            if (nl !== -1) {\n                // this is an error caused by an unexpected unindent\n                end = nl - (qb[nl - 1] === '\\r' ? 2 : 1);\n            }\n        }\n        if (end === -1) {\n            if (!this.atEnd)\n                return this.setNext('quoted-scalar');\n            end = this.buffer.length;\n        }\n        yield* this.pushToIndex(end + 1, false);\n        return this.flowLevel ? 'flow' : 'doc';\n    }\n    *parseBlockScalarHeader() {\n        this.blockScalarIndent = -1;\n        this.blockScalarKeep = false;\n        let i = this.pos;\n        while (true) {\n            const ch = this.buffer[++i];\n            if (ch === '+')\n                this.blockScalarKeep = true;\n            else if (ch > '0' && ch <= '9')\n                this.blockScalarIndent = Number(ch) - 1;\n            else if (ch !== '-')\n                break;\n        }\n        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');\n    }\n    *parseBlockScalar() {\n        let nl = this.pos - 1; // may be -1 if this.pos === 0\n        let indent = 0;\n        let ch;\n        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {\n            switch (ch) {\n                case ' ':\n                    indent += 1;\n                    break;\n                case '\\n':\n                    nl = i;\n                    indent = 0;\n                    break;\n                case '\\r': {\n                    const next = this.buffer[i + 1];\n                    if (!next && !this.atEnd)\n                        return this.setNext('block-scalar');\n                    if (next === '\\n')\n                        break;\n                } // fallthrough\n                default:\n                    break loop;\n            }\n        }\n        if (!ch && !this.atEnd)\n            return this.setNext('block-scalar');\n        if (indent >= this.indentNext) {\n            if (this.blockScalarIndent === -1)\n                this.indentNext = indent;\n            else {\n                this.indentNext =\n                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);\n            }\n            do {\n                const cs = this.continueScalar(nl + 1);\n                if (cs === -1)\n                    break;\n                nl = this.buffer.indexOf('\\n', cs);\n            } while (nl !== -1);\n            if (nl === -1) {\n                if (!this.atEnd)\n                    return this.setNext('block-scalar');\n                nl = this.buffer.length;\n            }\n        }\n        // Trailing insufficiently indented tabs are invalid.\n        // To catch that during parsing, we include them in the block scalar value.\n        let i = nl + 1;\n        ch = this.buffer[i];\n        while (ch === ' ')\n            ch = this.buffer[++i];\n        if (ch === '\\t') {\n            while (ch === '\\t' || ch === ' ' || ch === '\\r' || ch === '\\n')\n                ch = this.buffer[++i];\n            nl = i - 1;\n        }\n        else if (!this.blockScalarKeep) {\n            do {\n                let i = nl - 1;\n                let ch = this.buffer[i];\n                if (ch === '\\r')\n                    ch = this.buffer[--i];\n                const lastChar = i; // Drop the line if last char not more indented\n                while (ch === ' ')\n                    ch = this.buffer[--i];\n                if (ch === '\\n' && i >= this.pos && i + 1 + indent > lastChar)\n                    nl = i;\n                else\n                    break;\n            } while (true);\n        }\n        yield cst.SCALAR;\n        yield* this.pushToIndex(nl + 1, true);\n        return yield* this.parseLineStart();\n    }\n    *parsePlainScalar() {\n        const inFlow = this.flowLevel > 0;\n        let end = this.pos - 1;\n        let i = this.pos - 1;\n        let ch;\n        while ((ch = this.buffer[++i])) {\n            if (ch === ':') {\n                const next = this.buffer[i + 1];\n                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))\n                    break;\n                end = i;\n            }\n            else if (isEmpty(ch)) {\n                let next = this.buffer[i + 1];\n                if (ch === '\\r') {\n                    if (next === '\\n') {\n                        i += 1;\n                        ch = '\\n';\n                        next = this.buffer[i + 1];\n                    }\n                    else\n                        end = i;\n                }\n                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))\n                    break;\n                if (ch === '\\n') {\n                    const cs = this.continueScalar(i + 1);\n                    if (cs === -1)\n                        break;\n                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'\n                }\n            }\n            else {\n                if (inFlow && flowIndicatorChars.has(ch))\n                    break;\n                end = i;\n            }\n        }\n        if (!ch && !this.atEnd)\n            return this.setNext('plain-scalar');\n        yield cst.SCALAR;\n        yield* this.pushToIndex(end + 1, true);\n        return inFlow ? 'flow' : 'doc';\n    }\n    *pushCount(n) {\n        if (n > 0) {\n            yield this.buffer.substr(this.pos, n);\n            this.pos += n;\n            return n;\n        }\n        return 0;\n    }\n    *pushToIndex(i, allowEmpty) {\n        const s = this.buffer.slice(this.pos, i);\n        if (s) {\n            yield s;\n            this.pos += s.length;\n            return s.length;\n        }\n        else if (allowEmpty)\n            yield '';\n        return 0;\n    }\n    *pushIndicators() {\n        let n = 0;\n        loop: while (true) {\n            switch (this.charAt(0)) {\n                case '!':\n                    n += yield* this.pushTag();\n                    n += yield* this.pushSpaces(true);\n                    continue loop;\n                case '&':\n                    n += yield* this.pushUntil(isNotAnchorChar);\n                    n += yield* this.pushSpaces(true);\n                    continue loop;\n                case '-': // this is an error\n                case '?': // this is an error outside flow collections\n                case ':': {\n                    const inFlow = this.flowLevel > 0;\n                    const ch1 = this.charAt(1);\n                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {\n                        if (!inFlow)\n                            this.indentNext = this.indentValue + 1;\n                        else if (this.flowKey)\n                            this.flowKey = false;\n                        n += yield* this.pushCount(1);\n                        n += yield* this.pushSpaces(true);\n                        continue loop;\n                    }\n                }\n            }\n            break loop;\n        }\n        return n;\n    }\n    *pushTag() {\n        if (this.charAt(1) === '<') {\n            let i = this.pos + 2;\n            let ch = this.buffer[i];\n            while (!isEmpty(ch) && ch !== '>')\n                ch = this.buffer[++i];\n            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);\n        }\n        else {\n            let i = this.pos + 1;\n            let ch = this.buffer[i];\n            while (ch) {\n                if (tagChars.has(ch))\n                    ch = this.buffer[++i];\n                else if (ch === '%' &&\n                    hexDigits.has(this.buffer[i + 1]) &&\n                    hexDigits.has(this.buffer[i + 2])) {\n                    ch = this.buffer[(i += 3)];\n                }\n                else\n                    break;\n            }\n            return yield* this.pushToIndex(i, false);\n        }\n    }\n    *pushNewline() {\n        const ch = this.buffer[this.pos];\n        if (ch === '\\n')\n            return yield* this.pushCount(1);\n        else if (ch === '\\r' && this.charAt(1) === '\\n')\n            return yield* this.pushCount(2);\n        else\n            return 0;\n    }\n    *pushSpaces(allowTabs) {\n        let i = this.pos - 1;\n        let ch;\n        do {\n            ch = this.buffer[++i];\n        } while (ch === ' ' || (allowTabs && ch === '\\t'));\n        const n = i - this.pos;\n        if (n > 0) {\n            yield this.buffer.substr(this.pos, n);\n            this.pos = i;\n        }\n        return n;\n    }\n    *pushUntil(test) {\n        let i = this.pos;\n        let ch = this.buffer[i];\n        while (!test(ch))\n            ch = this.buffer[++i];\n        return yield* this.pushToIndex(i, false);\n    }\n}\n\nexports.Lexer = Lexer;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/lexer.js"),

/***/ 1242: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\n/**\n * Tracks newlines during parsing in order to provide an efficient API for\n * determining the one-indexed `{ line, col }` position for any offset\n * within the input.\n */\nclass LineCounter {\n    constructor() {\n        this.lineStarts = [];\n        /**\n         * Should be called in ascending order. Otherwise, call\n         * `lineCounter.lineStarts.sort()` before calling `linePos()`.\n         */\n        this.addNewLine = (offset) => this.lineStarts.push(offset);\n        /**\n         * Performs a binary search and returns the 1-indexed { line, col }\n         * position of `offset`. If `line === 0`, `addNewLine` has never been\n         * called or `offset` is before the first known newline.\n         */\n        this.linePos = (offset) => {\n            let low = 0;\n            let high = this.lineStarts.length;\n            while (low < high) {\n                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)\n                if (this.lineStarts[mid] < offset)\n                    low = mid + 1;\n                else\n                    high = mid;\n            }\n            if (this.lineStarts[low] === offset)\n                return { line: low + 1, col: 1 };\n            if (low === 0)\n                return { line: 0, col: offset };\n            const start = this.lineStarts[low - 1];\n            return { line: low, col: offset - start + 1 };\n        };\n    }\n}\n\nexports.LineCounter = LineCounter;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/line-counter.js"),

/***/ 8238: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar node_process = __nccwpck_require__(932);\nvar cst = __nccwpck_require__(1475);\nvar lexer = __nccwpck_require__(7371);\n\nfunction includesToken(list, type) {\n    for (let i = 0; i < list.length; ++i)\n        if (list[i].type === type)\n            return true;\n    return false;\n}\nfunction findNonEmptyIndex(list) {\n    for (let i = 0; i < list.length; ++i) {\n        switch (list[i].type) {\n            case 'space':\n            case 'comment':\n            case 'newline':\n                break;\n            default:\n                return i;\n        }\n    }\n    return -1;\n}\nfunction isFlowToken(token) {\n    switch (token?.type) {\n        case 'alias':\n        case 'scalar':\n        case 'single-quoted-scalar':\n        case 'double-quoted-scalar':\n        case 'flow-collection':\n            return true;\n        default:\n            return false;\n    }\n}\nfunction getPrevProps(parent) {\n    switch (parent.type) {\n        case 'document':\n            return parent.start;\n        case 'block-map': {\n            const it = parent.items[parent.items.length - 1];\n            return it.sep ?? it.start;\n        }\n        case 'block-seq':\n            return parent.items[parent.items.length - 1].start;\n        /* istanbul ignore next should not happen */\n        default:\n            return [];\n    }\n}\n/** Note: May modify input array */\nfunction getFirstKeyStartProps(prev) {\n    if (prev.length === 0)\n        return [];\n    let i = prev.length;\n    loop: while (--i >= 0) {\n        switch (prev[i].type) {\n            case 'doc-start':\n            case 'explicit-key-ind':\n            case 'map-value-ind':\n            case 'seq-item-ind':\n            case 'newline':\n                break loop;\n        }\n    }\n    while (prev[++i]?.type === 'space') {\n        /* loop */\n    }\n    return prev.splice(i, prev.length);\n}\nfunction arrayPushArray(target, source) {\n    // May exhaust call stack with large `source` array\n    if (source.length < 1e5)\n        Array.prototype.push.apply(target, source);\n    else\n        for (let i = 0; i < source.length; ++i)\n            target.push(source[i]);\n}\nfunction fixFlowSeqItems(fc) {\n    if (fc.start.type === 'flow-seq-start') {\n        for (const it of fc.items) {\n            if (it.sep &&\n                !it.value &&\n                !includesToken(it.start, 'explicit-key-ind') &&\n                !includesToken(it.sep, 'map-value-ind')) {\n                if (it.key)\n                    it.value = it.key;\n                delete it.key;\n                if (isFlowToken(it.value)) {\n                    if (it.value.end)\n                        arrayPushArray(it.value.end, it.sep);\n                    else\n                        it.value.end = it.sep;\n                }\n                else\n                    arrayPushArray(it.start, it.sep);\n                delete it.sep;\n            }\n        }\n    }\n}\n/**\n * A YAML concrete syntax tree (CST) parser\n *\n * ```ts\n * const src: string = ...\n * for (const token of new Parser().parse(src)) {\n *   // token: Token\n * }\n * ```\n *\n * To use the parser with a user-provided lexer:\n *\n * ```ts\n * function* parse(source: string, lexer: Lexer) {\n *   const parser = new Parser()\n *   for (const lexeme of lexer.lex(source))\n *     yield* parser.next(lexeme)\n *   yield* parser.end()\n * }\n *\n * const src: string = ...\n * const lexer = new Lexer()\n * for (const token of parse(src, lexer)) {\n *   // token: Token\n * }\n * ```\n */\nclass Parser {\n    /**\n     * @param onNewLine - If defined, called separately with the start position of\n     *   each new line (in `parse()`, including the start of input).\n     */\n    constructor(onNewLine) {\n        /** If true, space and sequence indicators count as indentation */\n        this.atNewLine = true;\n        /** If true, next token is a scalar value */\n        this.atScalar = false;\n        /** Current indentation level */\n        this.indent = 0;\n        /** Current offset since the start of parsing */\n        this.offset = 0;\n        /** On the same line with a block map key */\n        this.onKeyLine = false;\n        /** Top indicates the node that's currently being built */\n        this.stack = [];\n        /** The source of the current token, set in parse() */\n        this.source = '';\n        /** The type of the current token, set in parse() */\n        this.type = '';\n        // Must be defined after `next()`\n        this.lexer = new lexer.Lexer();\n        this.onNewLine = onNewLine;\n    }\n    /**\n     * Parse `source` as a YAML stream.\n     * If `incomplete`, a part of the last line may be left as a buffer for the next call.\n     *\n     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.\n     *\n     * @returns A generator of tokens representing each directive, document, and other structure.\n     */\n    *parse(source, incomplete = false) {\n        if (this.onNewLine && this.offset === 0)\n            this.onNewLine(0);\n        for (const lexeme of this.lexer.lex(source, incomplete))\n            yield* this.next(lexeme);\n        if (!incomplete)\n            yield* this.end();\n    }\n    /**\n     * Advance the parser by the `source` of one lexical token.\n     */\n    *next(source) {\n        this.source = source;\n        if (node_process.env.LOG_TOKENS)\n            console.log('|', cst.prettyToken(source));\n        if (this.atScalar) {\n            this.atScalar = false;\n            yield* this.step();\n            this.offset += source.length;\n            return;\n        }\n        const type = cst.tokenType(source);\n        if (!type) {\n            const message = `Not a YAML token: ${source}`;\n            yield* this.pop({ type: 'error', offset: this.offset, message, source });\n            this.offset += source.length;\n        }\n        else if (type === 'scalar') {\n            this.atNewLine = false;\n            this.atScalar = true;\n            this.type = 'scalar';\n        }\n        else {\n            this.type = type;\n            yield* this.step();\n            switch (type) {\n                case 'newline':\n                    this.atNewLine = true;\n                    this.indent = 0;\n                    if (this.onNewLine)\n                        this.onNewLine(this.offset + source.length);\n                    break;\n                case 'space':\n                    if (this.atNewLine && source[0] === ' ')\n                        this.indent += source.length;\n                    break;\n                case 'explicit-key-ind':\n                case 'map-value-ind':\n                case 'seq-item-ind':\n                    if (this.atNewLine)\n                        this.indent += source.length;\n                    break;\n                case 'doc-mode':\n                case 'flow-error-end':\n                    return;\n                default:\n                    this.atNewLine = false;\n            }\n            this.offset += source.length;\n        }\n    }\n    /** Call at end of input to push out any remaining constructions */\n    *end() {\n        while (this.stack.length > 0)\n            yield* this.pop();\n    }\n    get sourceToken() {\n        const st = {\n            type: this.type,\n            offset: this.offset,\n            indent: this.indent,\n            source: this.source\n        };\n        return st;\n    }\n    *step() {\n        const top = this.peek(1);\n        if (this.type === 'doc-end' && top?.type !== 'doc-end') {\n            while (this.stack.length > 0)\n                yield* this.pop();\n            this.stack.push({\n                type: 'doc-end',\n                offset: this.offset,\n                source: this.source\n            });\n            return;\n        }\n        if (!top)\n            return yield* this.stream();\n        switch (top.type) {\n            case 'document':\n                return yield* this.document(top);\n            case 'alias':\n            case 'scalar':\n            case 'single-quoted-scalar':\n            case 'double-quoted-scalar':\n                return yield* this.scalar(top);\n            case 'block-scalar':\n                return yield* this.blockScalar(top);\n            case 'block-map':\n                return yield* this.blockMap(top);\n            case 'block-seq':\n                return yield* this.blockSequence(top);\n            case 'flow-collection':\n                return yield* this.flowCollection(top);\n            case 'doc-end':\n                return yield* this.documentEnd(top);\n        }\n        /* istanbul ignore next should not happen */\n        yield* this.pop();\n    }\n    peek(n) {\n        return this.stack[this.stack.length - n];\n    }\n    *pop(error) {\n        const token = error ?? this.stack.pop();\n        /* istanbul ignore if should not happen */\n        if (!token) {\n            const message = 'Tried to pop an empty stack';\n            yield { type: 'error', offset: this.offset, source: '', message };\n        }\n        else if (this.stack.length === 0) {\n            yield token;\n        }\n        else {\n            const top = this.peek(1);\n            if (token.type === 'block-scalar') {\n                // Block scalars use their parent rather than header indent\n                token.indent = 'indent' in top ? top.indent : 0;\n            }\n            else if (token.type === 'flow-collection' && top.type === 'document') {\n                // Ignore all indent for top-level flow collections\n                token.indent = 0;\n            }\n            if (token.type === 'flow-collection')\n                fixFlowSeqItems(token);\n            switch (top.type) {\n                case 'document':\n                    top.value = token;\n                    break;\n                case 'block-scalar':\n                    top.props.push(token); // error\n                    break;\n                case 'block-map': {\n                    const it = top.items[top.items.length - 1];\n                    if (it.value) {\n                        top.items.push({ start: [], key: token, sep: [] });\n                        this.onKeyLine = true;\n                        return;\n                    }\n                    else if (it.sep) {\n                        it.value = token;\n                    }\n                    else {\n                        Object.assign(it, { key: token, sep: [] });\n                        this.onKeyLine = !it.explicitKey;\n                        return;\n                    }\n                    break;\n                }\n                case 'block-seq': {\n                    const it = top.items[top.items.length - 1];\n                    if (it.value)\n                        top.items.push({ start: [], value: token });\n                    else\n                        it.value = token;\n                    break;\n                }\n                case 'flow-collection': {\n                    const it = top.items[top.items.length - 1];\n                    if (!it || it.value)\n                        top.items.push({ start: [], key: token, sep: [] });\n                    else if (it.sep)\n                        it.value = token;\n                    else\n                        Object.assign(it, { key: token, sep: [] });\n                    return;\n                }\n                /* istanbul ignore next should not happen */\n                default:\n                    yield* this.pop();\n                    yield* this.pop(token);\n            }\n            if ((top.type === 'document' ||\n                top.type === 'block-map' ||\n                top.type === 'block-seq') &&\n                (token.type === 'block-map' || token.type === 'block-seq')) {\n                const last = token.items[token.items.length - 1];\n                if (last &&\n                    !last.sep &&\n                    !last.value &&\n                    last.start.length > 0 &&\n                    findNonEmptyIndex(last.start) === -1 &&\n                    (token.indent === 0 ||\n                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {\n                    if (top.type === 'document')\n                        top.end = last.start;\n                    else\n                        top.items.push({ start: last.start });\n                    token.items.splice(-1, 1);\n                }\n            }\n        }\n    }\n    *stream() {\n        switch (this.type) {\n            case 'directive-line':\n                yield { type: 'directive', offset: this.offset, source: this.source };\n                return;\n            case 'byte-order-mark':\n            case 'space':\n            case 'comment':\n            case 'newline':\n                yield this.sourceToken;\n                return;\n            case 'doc-mode':\n            case 'doc-start': {\n                const doc = {\n                    type: 'document',\n                    offset: this.offset,\n                    start: []\n                };\n                if (this.type === 'doc-start')\n                    doc.start.push(this.sourceToken);\n                this.stack.push(doc);\n                return;\n            }\n        }\n        yield {\n            type: 'error',\n            offset: this.offset,\n            message: `Unexpected ${this.type} token in YAML stream`,\n            source: this.source\n        };\n    }\n    *document(doc) {\n        if (doc.value)\n            return yield* this.lineEnd(doc);\n        switch (this.type) {\n            case 'doc-start': {\n                if (findNonEmptyIndex(doc.start) !== -1) {\n                    yield* this.pop();\n                    yield* this.step();\n                }\n                else\n                    doc.start.push(this.sourceToken);\n                return;\n            }\n            case 'anchor':\n            case 'tag':\n            case 'space':\n            case 'comment':\n            case 'newline':\n                doc.start.push(this.sourceToken);\n                return;\n        }\n        const bv = this.startBlockValue(doc);\n        if (bv)\n            this.stack.push(bv);\n        else {\n            yield {\n                type: 'error',\n                offset: this.offset,\n                message: `Unexpected ${this.type} token in YAML document`,\n                source: this.source\n            };\n        }\n    }\n    *scalar(scalar) {\n        if (this.type === 'map-value-ind') {\n            const prev = getPrevProps(this.peek(2));\n            const start = getFirstKeyStartProps(prev);\n            let sep;\n            if (scalar.end) {\n                sep = scalar.end;\n                sep.push(this.sourceToken);\n                delete scalar.end;\n            }\n            else\n                sep = [this.sourceToken];\n            const map = {\n                type: 'block-map',\n                offset: scalar.offset,\n                indent: scalar.indent,\n                items: [{ start, key: scalar, sep }]\n            };\n            this.onKeyLine = true;\n            this.stack[this.stack.length - 1] = map;\n        }\n        else\n            yield* this.lineEnd(scalar);\n    }\n    *blockScalar(scalar) {\n        switch (this.type) {\n            case 'space':\n            case 'comment':\n            case 'newline':\n                scalar.props.push(this.sourceToken);\n                return;\n            case 'scalar':\n                scalar.source = this.source;\n                // block-scalar source includes trailing newline\n                this.atNewLine = true;\n                this.indent = 0;\n                if (this.onNewLine) {\n                    let nl = this.source.indexOf('\\n') + 1;\n                    while (nl !== 0) {\n                        this.onNewLine(this.offset + nl);\n                        nl = this.source.indexOf('\\n', nl) + 1;\n                    }\n                }\n                yield* this.pop();\n                break;\n            /* istanbul ignore next should not happen */\n            default:\n                yield* this.pop();\n                yield* this.step();\n        }\n    }\n    *blockMap(map) {\n        const it = map.items[map.items.length - 1];\n        // it.sep is true-ish if pair already has key or : separator\n        switch (this.type) {\n            case 'newline':\n                this.onKeyLine = false;\n                if (it.value) {\n                    const end = 'end' in it.value ? it.value.end : undefined;\n                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;\n                    if (last?.type === 'comment')\n                        end?.push(this.sourceToken);\n                    else\n                        map.items.push({ start: [this.sourceToken] });\n                }\n                else if (it.sep) {\n                    it.sep.push(this.sourceToken);\n                }\n                else {\n                    it.start.push(this.sourceToken);\n                }\n                return;\n            case 'space':\n            case 'comment':\n                if (it.value) {\n                    map.items.push({ start: [this.sourceToken] });\n                }\n                else if (it.sep) {\n                    it.sep.push(this.sourceToken);\n                }\n                else {\n                    if (this.atIndentedComment(it.start, map.indent)) {\n                        const prev = map.items[map.items.length - 2];\n                        const end = prev?.value?.end;\n                        if (Array.isArray(end)) {\n                            arrayPushArray(end, it.start);\n                            end.push(this.sourceToken);\n                            map.items.pop();\n                            return;\n                        }\n                    }\n                    it.start.push(this.sourceToken);\n                }\n                return;\n        }\n        if (this.indent >= map.indent) {\n            const atMapIndent = !this.onKeyLine && this.indent === map.indent;\n            const atNextItem = atMapIndent &&\n                (it.sep || it.explicitKey) &&\n                this.type !== 'seq-item-ind';\n            // For empty nodes, assign newline-separated not indented empty tokens to following node\n            let start = [];\n            if (atNextItem && it.sep && !it.value) {\n                const nl = [];\n                for (let i = 0; i < it.sep.length; ++i) {\n                    const st = it.sep[i];\n                    switch (st.type) {\n                        case 'newline':\n                            nl.push(i);\n                            break;\n                        case 'space':\n                            break;\n                        case 'comment':\n                            if (st.indent > map.indent)\n                                nl.length = 0;\n                            break;\n                        default:\n                            nl.length = 0;\n                    }\n                }\n                if (nl.length >= 2)\n                    start = it.sep.splice(nl[1]);\n            }\n            switch (this.type) {\n                case 'anchor':\n                case 'tag':\n                    if (atNextItem || it.value) {\n                        start.push(this.sourceToken);\n                        map.items.push({ start });\n                        this.onKeyLine = true;\n                    }\n                    else if (it.sep) {\n                        it.sep.push(this.sourceToken);\n                    }\n                    else {\n                        it.start.push(this.sourceToken);\n                    }\n                    return;\n                case 'explicit-key-ind':\n                    if (!it.sep && !it.explicitKey) {\n                        it.start.push(this.sourceToken);\n                        it.explicitKey = true;\n                    }\n                    else if (atNextItem || it.value) {\n                        start.push(this.sourceToken);\n                        map.items.push({ start, explicitKey: true });\n                    }\n                    else {\n                        this.stack.push({\n                            type: 'block-map',\n                            offset: this.offset,\n                            indent: this.indent,\n                            items: [{ start: [this.sourceToken], explicitKey: true }]\n                        });\n                    }\n                    this.onKeyLine = true;\n                    return;\n                case 'map-value-ind':\n                    if (it.explicitKey) {\n                        if (!it.sep) {\n                            if (includesToken(it.start, 'newline')) {\n                                Object.assign(it, { key: null, sep: [this.sourceToken] });\n                            }\n                            else {\n                                const start = getFirstKeyStartProps(it.start);\n                                this.stack.push({\n                                    type: 'block-map',\n                                    offset: this.offset,\n                                    indent: this.indent,\n                                    items: [{ start, key: null, sep: [this.sourceToken] }]\n                                });\n                            }\n                        }\n                        else if (it.value) {\n                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });\n                        }\n                        else if (includesToken(it.sep, 'map-value-ind')) {\n                            this.stack.push({\n                                type: 'block-map',\n                                offset: this.offset,\n                                indent: this.indent,\n                                items: [{ start, key: null, sep: [this.sourceToken] }]\n                            });\n                        }\n                        else if (isFlowToken(it.key) &&\n                            !includesToken(it.sep, 'newline')) {\n                            const start = getFirstKeyStartProps(it.start);\n                            const key = it.key;\n                            const sep = it.sep;\n                            sep.push(this.sourceToken);\n                            // @ts-expect-error type guard is wrong here\n                            delete it.key;\n                            // @ts-expect-error type guard is wrong here\n                            delete it.sep;\n                            this.stack.push({\n                                type: 'block-map',\n                                offset: this.offset,\n                                indent: this.indent,\n                                items: [{ start, key, sep }]\n                            });\n                        }\n                        else if (start.length > 0) {\n                            // Not actually at next item\n                            it.sep = it.sep.concat(start, this.sourceToken);\n                        }\n                        else {\n                            it.sep.push(this.sourceToken);\n                        }\n                    }\n                    else {\n                        if (!it.sep) {\n                            Object.assign(it, { key: null, sep: [this.sourceToken] });\n                        }\n                        else if (it.value || atNextItem) {\n                            map.items.push({ start, key: null, sep: [this.sourceToken] });\n                        }\n                        else if (includesToken(it.sep, 'map-value-ind')) {\n                            this.stack.push({\n                                type: 'block-map',\n                                offset: this.offset,\n                                indent: this.indent,\n                                items: [{ start: [], key: null, sep: [this.sourceToken] }]\n                            });\n                        }\n                        else {\n                            it.sep.push(this.sourceToken);\n                        }\n                    }\n                    this.onKeyLine = true;\n                    return;\n                case 'alias':\n                case 'scalar':\n                case 'single-quoted-scalar':\n                case 'double-quoted-scalar': {\n                    const fs = this.flowScalar(this.type);\n                    if (atNextItem || it.value) {\n                        map.items.push({ start, key: fs, sep: [] });\n                        this.onKeyLine = true;\n                    }\n                    else if (it.sep) {\n                        this.stack.push(fs);\n                    }\n                    else {\n                        Object.assign(it, { key: fs, sep: [] });\n                        this.onKeyLine = true;\n                    }\n                    return;\n                }\n                default: {\n                    const bv = this.startBlockValue(map);\n                    if (bv) {\n                        if (bv.type === 'block-seq') {\n                            if (!it.explicitKey &&\n                                it.sep &&\n                                !includesToken(it.sep, 'newline')) {\n                                yield* this.pop({\n                                    type: 'error',\n                                    offset: this.offset,\n                                    message: 'Unexpected block-seq-ind on same line with key',\n                                    source: this.source\n                                });\n                                return;\n                            }\n                        }\n                        else if (atMapIndent) {\n                            map.items.push({ start });\n                        }\n                        this.stack.push(bv);\n                        return;\n                    }\n                }\n            }\n        }\n        yield* this.pop();\n        yield* this.step();\n    }\n    *blockSequence(seq) {\n        const it = seq.items[seq.items.length - 1];\n        switch (this.type) {\n            case 'newline':\n                if (it.value) {\n                    const end = 'end' in it.value ? it.value.end : undefined;\n                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;\n                    if (last?.type === 'comment')\n                        end?.push(this.sourceToken);\n                    else\n                        seq.items.push({ start: [this.sourceToken] });\n                }\n                else\n                    it.start.push(this.sourceToken);\n                return;\n            case 'space':\n            case 'comment':\n                if (it.value)\n                    seq.items.push({ start: [this.sourceToken] });\n                else {\n                    if (this.atIndentedComment(it.start, seq.indent)) {\n                        const prev = seq.items[seq.items.length - 2];\n                        const end = prev?.value?.end;\n                        if (Array.isArray(end)) {\n                            arrayPushArray(end, it.start);\n                            end.push(this.sourceToken);\n                            seq.items.pop();\n                            return;\n                        }\n                    }\n                    it.start.push(this.sourceToken);\n                }\n                return;\n            case 'anchor':\n            case 'tag':\n                if (it.value || this.indent <= seq.indent)\n                    break;\n                it.start.push(this.sourceToken);\n                return;\n            case 'seq-item-ind':\n                if (this.indent !== seq.indent)\n                    break;\n                if (it.value || includesToken(it.start, 'seq-item-ind'))\n                    seq.items.push({ start: [this.sourceToken] });\n                else\n                    it.start.push(this.sourceToken);\n                return;\n        }\n        if (this.indent > seq.indent) {\n            const bv = this.startBlockValue(seq);\n            if (bv) {\n                this.stack.push(bv);\n                return;\n            }\n        }\n        yield* this.pop();\n        yield* this.step();\n    }\n    *flowCollection(fc) {\n        const it = fc.items[fc.items.length - 1];\n        if (this.type === 'flow-error-end') {\n            let top;\n            do {\n                yield* this.pop();\n                top = this.peek(1);\n            } while (top?.type === 'flow-collection');\n        }\n        else if (fc.end.length === 0) {\n            switch (this.type) {\n                case 'comma':\n                case 'explicit-key-ind':\n                    if (!it || it.sep)\n                        fc.items.push({ start: [this.sourceToken] });\n                    else\n                        it.start.push(this.sourceToken);\n                    return;\n                case 'map-value-ind':\n                    if (!it || it.value)\n                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });\n                    else if (it.sep)\n                        it.sep.push(this.sourceToken);\n                    else\n                        Object.assign(it, { key: null, sep: [this.sourceToken] });\n                    return;\n                case 'space':\n                case 'comment':\n                case 'newline':\n                case 'anchor':\n                case 'tag':\n                    if (!it || it.value)\n                        fc.items.push({ start: [this.sourceToken] });\n                    else if (it.sep)\n                        it.sep.push(this.sourceToken);\n                    else\n                        it.start.push(this.sourceToken);\n                    return;\n                case 'alias':\n                case 'scalar':\n                case 'single-quoted-scalar':\n                case 'double-quoted-scalar': {\n                    const fs = this.flowScalar(this.type);\n                    if (!it || it.value)\n                        fc.items.push({ start: [], key: fs, sep: [] });\n                    else if (it.sep)\n                        this.stack.push(fs);\n                    else\n                        Object.assign(it, { key: fs, sep: [] });\n                    return;\n                }\n                case 'flow-map-end':\n                case 'flow-seq-end':\n                    fc.end.push(this.sourceToken);\n                    return;\n            }\n            const bv = this.startBlockValue(fc);\n            /* istanbul ignore else should not happen */\n            if (bv)\n                this.stack.push(bv);\n            else {\n                yield* this.pop();\n                yield* this.step();\n            }\n        }\n        else {\n            const parent = this.peek(2);\n            if (parent.type === 'block-map' &&\n                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||\n                    (this.type === 'newline' &&\n                        !parent.items[parent.items.length - 1].sep))) {\n                yield* this.pop();\n                yield* this.step();\n            }\n            else if (this.type === 'map-value-ind' &&\n                parent.type !== 'flow-collection') {\n                const prev = getPrevProps(parent);\n                const start = getFirstKeyStartProps(prev);\n                fixFlowSeqItems(fc);\n                const sep = fc.end.splice(1, fc.end.length);\n                sep.push(this.sourceToken);\n                const map = {\n                    type: 'block-map',\n                    offset: fc.offset,\n                    indent: fc.indent,\n                    items: [{ start, key: fc, sep }]\n                };\n                this.onKeyLine = true;\n                this.stack[this.stack.length - 1] = map;\n            }\n            else {\n                yield* this.lineEnd(fc);\n            }\n        }\n    }\n    flowScalar(type) {\n        if (this.onNewLine) {\n            let nl = this.source.indexOf('\\n') + 1;\n            while (nl !== 0) {\n                this.onNewLine(this.offset + nl);\n                nl = this.source.indexOf('\\n', nl) + 1;\n            }\n        }\n        return {\n            type,\n            offset: this.offset,\n            indent: this.indent,\n            source: this.source\n        };\n    }\n    startBlockValue(parent) {\n        switch (this.type) {\n            case 'alias':\n            case 'scalar':\n            case 'single-quoted-scalar':\n            case 'double-quoted-scalar':\n                return this.flowScalar(this.type);\n            case 'block-scalar-header':\n                return {\n                    type: 'block-scalar',\n                    offset: this.offset,\n                    indent: this.indent,\n                    props: [this.sourceToken],\n                    source: ''\n                };\n            case 'flow-map-start':\n            case 'flow-seq-start':\n                return {\n                    type: 'flow-collection',\n                    offset: this.offset,\n                    indent: this.indent,\n                    start: this.sourceToken,\n                    items: [],\n                    end: []\n                };\n            case 'seq-item-ind':\n                return {\n                    type: 'block-seq',\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start: [this.sourceToken] }]\n                };\n            case 'explicit-key-ind': {\n                this.onKeyLine = true;\n                const prev = getPrevProps(parent);\n                const start = getFirstKeyStartProps(prev);\n                start.push(this.sourceToken);\n                return {\n                    type: 'block-map',\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start, explicitKey: true }]\n                };\n            }\n            case 'map-value-ind': {\n                this.onKeyLine = true;\n                const prev = getPrevProps(parent);\n                const start = getFirstKeyStartProps(prev);\n                return {\n                    type: 'block-map',\n                    offset: this.offset,\n                    indent: this.indent,\n                    items: [{ start, key: null, sep: [this.sourceToken] }]\n                };\n            }\n        }\n        return null;\n    }\n    atIndentedComment(start, indent) {\n        if (this.type !== 'comment')\n            return false;\n        if (this.indent <= indent)\n            return false;\n        return start.every(st => st.type === 'newline' || st.type === 'space');\n    }\n    *documentEnd(docEnd) {\n        if (this.type !== 'doc-mode') {\n            if (docEnd.end)\n                docEnd.end.push(this.sourceToken);\n            else\n                docEnd.end = [this.sourceToken];\n            if (this.type === 'newline')\n                yield* this.pop();\n        }\n    }\n    *lineEnd(token) {\n        switch (this.type) {\n            case 'comma':\n            case 'doc-start':\n            case 'doc-end':\n            case 'flow-seq-end':\n            case 'flow-map-end':\n            case 'map-value-ind':\n                yield* this.pop();\n                yield* this.step();\n                break;\n            case 'newline':\n                this.onKeyLine = false;\n            // fallthrough\n            case 'space':\n            case 'comment':\n            default:\n                // all other values are errors\n                if (token.end)\n                    token.end.push(this.sourceToken);\n                else\n                    token.end = [this.sourceToken];\n                if (this.type === 'newline')\n                    yield* this.pop();\n        }\n    }\n}\n\nexports.Parser = Parser;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/parse/parser.js"),

/***/ 9901: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar composer = __nccwpck_require__(2814);\nvar Document = __nccwpck_require__(3915);\nvar errors = __nccwpck_require__(8450);\nvar log = __nccwpck_require__(8195);\nvar identity = __nccwpck_require__(1737);\nvar lineCounter = __nccwpck_require__(1242);\nvar parser = __nccwpck_require__(8238);\n\nfunction parseOptions(options) {\n    const prettyErrors = options.prettyErrors !== false;\n    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;\n    return { lineCounter: lineCounter$1, prettyErrors };\n}\n/**\n * Parse the input as a stream of YAML documents.\n *\n * Documents should be separated from each other by `...` or `---` marker lines.\n *\n * @returns If an empty `docs` array is returned, it will be of type\n *   EmptyStream and contain additional stream information. In\n *   TypeScript, you should use `'empty' in docs` as a type guard for it.\n */\nfunction parseAllDocuments(source, options = {}) {\n    const { lineCounter, prettyErrors } = parseOptions(options);\n    const parser$1 = new parser.Parser(lineCounter?.addNewLine);\n    const composer$1 = new composer.Composer(options);\n    const docs = Array.from(composer$1.compose(parser$1.parse(source)));\n    if (prettyErrors && lineCounter)\n        for (const doc of docs) {\n            doc.errors.forEach(errors.prettifyError(source, lineCounter));\n            doc.warnings.forEach(errors.prettifyError(source, lineCounter));\n        }\n    if (docs.length > 0)\n        return docs;\n    return Object.assign([], { empty: true }, composer$1.streamInfo());\n}\n/** Parse an input string into a single YAML.Document */\nfunction parseDocument(source, options = {}) {\n    const { lineCounter, prettyErrors } = parseOptions(options);\n    const parser$1 = new parser.Parser(lineCounter?.addNewLine);\n    const composer$1 = new composer.Composer(options);\n    // `doc` is always set by compose.end(true) at the very latest\n    let doc = null;\n    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {\n        if (!doc)\n            doc = _doc;\n        else if (doc.options.logLevel !== 'silent') {\n            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));\n            break;\n        }\n    }\n    if (prettyErrors && lineCounter) {\n        doc.errors.forEach(errors.prettifyError(source, lineCounter));\n        doc.warnings.forEach(errors.prettifyError(source, lineCounter));\n    }\n    return doc;\n}\nfunction parse(src, reviver, options) {\n    let _reviver = undefined;\n    if (typeof reviver === 'function') {\n        _reviver = reviver;\n    }\n    else if (options === undefined && reviver && typeof reviver === 'object') {\n        options = reviver;\n    }\n    const doc = parseDocument(src, options);\n    if (!doc)\n        return null;\n    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));\n    if (doc.errors.length > 0) {\n        if (doc.options.logLevel !== 'silent')\n            throw doc.errors[0];\n        else\n            doc.errors = [];\n    }\n    return doc.toJS(Object.assign({ reviver: _reviver }, options));\n}\nfunction stringify(value, replacer, options) {\n    let _replacer = null;\n    if (typeof replacer === 'function' || Array.isArray(replacer)) {\n        _replacer = replacer;\n    }\n    else if (options === undefined && replacer) {\n        options = replacer;\n    }\n    if (typeof options === 'string')\n        options = options.length;\n    if (typeof options === 'number') {\n        const indent = Math.round(options);\n        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };\n    }\n    if (value === undefined) {\n        const { keepUndefined } = options ?? replacer ?? {};\n        if (!keepUndefined)\n            return undefined;\n    }\n    if (identity.isDocument(value) && !_replacer)\n        return value.toString(options);\n    return new Document.Document(value, _replacer, options).toString(options);\n}\n\nexports.parse = parse;\nexports.parseAllDocuments = parseAllDocuments;\nexports.parseDocument = parseDocument;\nexports.stringify = stringify;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/public-api.js"),

/***/ 7878: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar map = __nccwpck_require__(773);\nvar seq = __nccwpck_require__(1744);\nvar string = __nccwpck_require__(2678);\nvar tags = __nccwpck_require__(8904);\n\nconst sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;\nclass Schema {\n    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {\n        this.compat = Array.isArray(compat)\n            ? tags.getTags(compat, 'compat')\n            : compat\n                ? tags.getTags(null, compat)\n                : null;\n        this.name = (typeof schema === 'string' && schema) || 'core';\n        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};\n        this.tags = tags.getTags(customTags, this.name, merge);\n        this.toStringOptions = toStringDefaults ?? null;\n        Object.defineProperty(this, identity.MAP, { value: map.map });\n        Object.defineProperty(this, identity.SCALAR, { value: string.string });\n        Object.defineProperty(this, identity.SEQ, { value: seq.seq });\n        // Used by createMap()\n        this.sortMapEntries =\n            typeof sortMapEntries === 'function'\n                ? sortMapEntries\n                : sortMapEntries === true\n                    ? sortMapEntriesByKey\n                    : null;\n    }\n    clone() {\n        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));\n        copy.tags = this.tags.slice();\n        return copy;\n    }\n}\n\nexports.Schema = Schema;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/Schema.js"),

/***/ 773: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar YAMLMap = __nccwpck_require__(1856);\n\nconst map = {\n    collection: 'map',\n    default: true,\n    nodeClass: YAMLMap.YAMLMap,\n    tag: 'tag:yaml.org,2002:map',\n    resolve(map, onError) {\n        if (!identity.isMap(map))\n            onError('Expected a mapping for this tag');\n        return map;\n    },\n    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)\n};\n\nexports.map = map;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/common/map.js"),

/***/ 5410: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\n\nconst nullTag = {\n    identify: value => value == null,\n    createNode: () => new Scalar.Scalar(null),\n    default: true,\n    tag: 'tag:yaml.org,2002:null',\n    test: /^(?:~|[Nn]ull|NULL)?$/,\n    resolve: () => new Scalar.Scalar(null),\n    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)\n        ? source\n        : ctx.options.nullStr\n};\n\nexports.nullTag = nullTag;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/common/null.js"),

/***/ 1744: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar YAMLSeq = __nccwpck_require__(3013);\n\nconst seq = {\n    collection: 'seq',\n    default: true,\n    nodeClass: YAMLSeq.YAMLSeq,\n    tag: 'tag:yaml.org,2002:seq',\n    resolve(seq, onError) {\n        if (!identity.isSeq(seq))\n            onError('Expected a sequence for this tag');\n        return seq;\n    },\n    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)\n};\n\nexports.seq = seq;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/common/seq.js"),

/***/ 2678: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar stringifyString = __nccwpck_require__(4387);\n\nconst string = {\n    identify: value => typeof value === 'string',\n    default: true,\n    tag: 'tag:yaml.org,2002:str',\n    resolve: str => str,\n    stringify(item, ctx, onComment, onChompKeep) {\n        ctx = Object.assign({ actualString: true }, ctx);\n        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);\n    }\n};\n\nexports.string = string;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/common/string.js"),

/***/ 8437: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\n\nconst boolTag = {\n    identify: value => typeof value === 'boolean',\n    default: true,\n    tag: 'tag:yaml.org,2002:bool',\n    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,\n    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),\n    stringify({ source, value }, ctx) {\n        if (source && boolTag.test.test(source)) {\n            const sv = source[0] === 't' || source[0] === 'T';\n            if (value === sv)\n                return source;\n        }\n        return value ? ctx.options.trueStr : ctx.options.falseStr;\n    }\n};\n\nexports.boolTag = boolTag;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/core/bool.js"),

/***/ 2859: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\nvar stringifyNumber = __nccwpck_require__(2827);\n\nconst floatNaN = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    test: /^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,\n    resolve: str => str.slice(-3).toLowerCase() === 'nan'\n        ? NaN\n        : str[0] === '-'\n            ? Number.NEGATIVE_INFINITY\n            : Number.POSITIVE_INFINITY,\n    stringify: stringifyNumber.stringifyNumber\n};\nconst floatExp = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    format: 'EXP',\n    test: /^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+$/,\n    resolve: str => parseFloat(str),\n    stringify(node) {\n        const num = Number(node.value);\n        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);\n    }\n};\nconst float = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    test: /^[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)$/,\n    resolve(str) {\n        const node = new Scalar.Scalar(parseFloat(str));\n        const dot = str.indexOf('.');\n        if (dot !== -1 && str[str.length - 1] === '0')\n            node.minFractionDigits = str.length - dot - 1;\n        return node;\n    },\n    stringify: stringifyNumber.stringifyNumber\n};\n\nexports.float = float;\nexports.floatExp = floatExp;\nexports.floatNaN = floatNaN;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/core/float.js"),

/***/ 4044: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar stringifyNumber = __nccwpck_require__(2827);\n\nconst intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);\nconst intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));\nfunction intStringify(node, radix, prefix) {\n    const { value } = node;\n    if (intIdentify(value) && value >= 0)\n        return prefix + value.toString(radix);\n    return stringifyNumber.stringifyNumber(node);\n}\nconst intOct = {\n    identify: value => intIdentify(value) && value >= 0,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'OCT',\n    test: /^0o[0-7]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),\n    stringify: node => intStringify(node, 8, '0o')\n};\nconst int = {\n    identify: intIdentify,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    test: /^[-+]?[0-9]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),\n    stringify: stringifyNumber.stringifyNumber\n};\nconst intHex = {\n    identify: value => intIdentify(value) && value >= 0,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'HEX',\n    test: /^0x[0-9a-fA-F]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),\n    stringify: node => intStringify(node, 16, '0x')\n};\n\nexports.int = int;\nexports.intHex = intHex;\nexports.intOct = intOct;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/core/int.js"),

/***/ 1946: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar map = __nccwpck_require__(773);\nvar _null = __nccwpck_require__(5410);\nvar seq = __nccwpck_require__(1744);\nvar string = __nccwpck_require__(2678);\nvar bool = __nccwpck_require__(8437);\nvar float = __nccwpck_require__(2859);\nvar int = __nccwpck_require__(4044);\n\nconst schema = [\n    map.map,\n    seq.seq,\n    string.string,\n    _null.nullTag,\n    bool.boolTag,\n    int.intOct,\n    int.int,\n    int.intHex,\n    float.floatNaN,\n    float.floatExp,\n    float.float\n];\n\nexports.schema = schema;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/core/schema.js"),

/***/ 9605: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\nvar map = __nccwpck_require__(773);\nvar seq = __nccwpck_require__(1744);\n\nfunction intIdentify(value) {\n    return typeof value === 'bigint' || Number.isInteger(value);\n}\nconst stringifyJSON = ({ value }) => JSON.stringify(value);\nconst jsonScalars = [\n    {\n        identify: value => typeof value === 'string',\n        default: true,\n        tag: 'tag:yaml.org,2002:str',\n        resolve: str => str,\n        stringify: stringifyJSON\n    },\n    {\n        identify: value => value == null,\n        createNode: () => new Scalar.Scalar(null),\n        default: true,\n        tag: 'tag:yaml.org,2002:null',\n        test: /^null$/,\n        resolve: () => null,\n        stringify: stringifyJSON\n    },\n    {\n        identify: value => typeof value === 'boolean',\n        default: true,\n        tag: 'tag:yaml.org,2002:bool',\n        test: /^true$|^false$/,\n        resolve: str => str === 'true',\n        stringify: stringifyJSON\n    },\n    {\n        identify: intIdentify,\n        default: true,\n        tag: 'tag:yaml.org,2002:int',\n        test: /^-?(?:0|[1-9][0-9]*)$/,\n        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),\n        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)\n    },\n    {\n        identify: value => typeof value === 'number',\n        default: true,\n        tag: 'tag:yaml.org,2002:float',\n        test: /^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,\n        resolve: str => parseFloat(str),\n        stringify: stringifyJSON\n    }\n];\nconst jsonError = {\n    default: true,\n    tag: '',\n    test: /^/,\n    resolve(str, onError) {\n        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);\n        return str;\n    }\n};\nconst schema = [map.map, seq.seq].concat(jsonScalars, jsonError);\n\nexports.schema = schema;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/json/schema.js"),

/***/ 8904: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar map = __nccwpck_require__(773);\nvar _null = __nccwpck_require__(5410);\nvar seq = __nccwpck_require__(1744);\nvar string = __nccwpck_require__(2678);\nvar bool = __nccwpck_require__(8437);\nvar float = __nccwpck_require__(2859);\nvar int = __nccwpck_require__(4044);\nvar schema = __nccwpck_require__(1946);\nvar schema$1 = __nccwpck_require__(9605);\nvar binary = __nccwpck_require__(6737);\nvar merge = __nccwpck_require__(5970);\nvar omap = __nccwpck_require__(8781);\nvar pairs = __nccwpck_require__(9751);\nvar schema$2 = __nccwpck_require__(3019);\nvar set = __nccwpck_require__(1314);\nvar timestamp = __nccwpck_require__(5994);\n\nconst schemas = new Map([\n    ['core', schema.schema],\n    ['failsafe', [map.map, seq.seq, string.string]],\n    ['json', schema$1.schema],\n    ['yaml11', schema$2.schema],\n    ['yaml-1.1', schema$2.schema]\n]);\nconst tagsByName = {\n    binary: binary.binary,\n    bool: bool.boolTag,\n    float: float.float,\n    floatExp: float.floatExp,\n    floatNaN: float.floatNaN,\n    floatTime: timestamp.floatTime,\n    int: int.int,\n    intHex: int.intHex,\n    intOct: int.intOct,\n    intTime: timestamp.intTime,\n    map: map.map,\n    merge: merge.merge,\n    null: _null.nullTag,\n    omap: omap.omap,\n    pairs: pairs.pairs,\n    seq: seq.seq,\n    set: set.set,\n    timestamp: timestamp.timestamp\n};\nconst coreKnownTags = {\n    'tag:yaml.org,2002:binary': binary.binary,\n    'tag:yaml.org,2002:merge': merge.merge,\n    'tag:yaml.org,2002:omap': omap.omap,\n    'tag:yaml.org,2002:pairs': pairs.pairs,\n    'tag:yaml.org,2002:set': set.set,\n    'tag:yaml.org,2002:timestamp': timestamp.timestamp\n};\nfunction getTags(customTags, schemaName, addMergeTag) {\n    const schemaTags = schemas.get(schemaName);\n    if (schemaTags && !customTags) {\n        return addMergeTag && !schemaTags.includes(merge.merge)\n            ? schemaTags.concat(merge.merge)\n            : schemaTags.slice();\n    }\n    let tags = schemaTags;\n    if (!tags) {\n        if (Array.isArray(customTags))\n            tags = [];\n        else {\n            const keys = Array.from(schemas.keys())\n                .filter(key => key !== 'yaml11')\n                .map(key => JSON.stringify(key))\n                .join(', ');\n            throw new Error(`Unknown schema \"${schemaName}\"; use one of ${keys} or define customTags array`);\n        }\n    }\n    if (Array.isArray(customTags)) {\n        for (const tag of customTags)\n            tags = tags.concat(tag);\n    }\n    else if (typeof customTags === 'function') {\n        tags = customTags(tags.slice());\n    }\n    if (addMergeTag)\n        tags = tags.concat(merge.merge);\n    return tags.reduce((tags, tag) => {\n        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;\n        if (!tagObj) {\n            const tagName = JSON.stringify(tag);\n            const keys = Object.keys(tagsByName)\n                .map(key => JSON.stringify(key))\n                .join(', ');\n            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);\n        }\n        if (!tags.includes(tagObj))\n            tags.push(tagObj);\n        return tags;\n    }, []);\n}\n\nexports.coreKnownTags = coreKnownTags;\nexports.getTags = getTags;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/tags.js"),

/***/ 6737: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar node_buffer = __nccwpck_require__(181);\nvar Scalar = __nccwpck_require__(1543);\nvar stringifyString = __nccwpck_require__(4387);\n\nconst binary = {\n    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array\n    default: false,\n    tag: 'tag:yaml.org,2002:binary',\n    /**\n     * Returns a Buffer in node and an Uint8Array in browsers\n     *\n     * To use the resulting buffer as an image, you'll want to do something like:\n     *\n     *   const blob = new Blob([buffer], { type: 'image/jpeg' })\n     *   document.querySelector('#photo').src = URL.createObjectURL(blob)\n     */\n    resolve(src, onError) {\n        if (typeof node_buffer.Buffer === 'function') {\n            return node_buffer.Buffer.from(src, 'base64');\n        }\n        else if (typeof atob === 'function') {\n            // On IE 11, atob() can't handle newlines\n            const str = atob(src.replace(/[\\n\\r]/g, ''));\n            const buffer = new Uint8Array(str.length);\n            for (let i = 0; i < str.length; ++i)\n                buffer[i] = str.charCodeAt(i);\n            return buffer;\n        }\n        else {\n            onError('This environment does not support reading binary tags; either Buffer or atob is required');\n            return src;\n        }\n    },\n    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {\n        if (!value)\n            return '';\n        const buf = value; // checked earlier by binary.identify()\n        let str;\n        if (typeof node_buffer.Buffer === 'function') {\n            str =\n                buf instanceof node_buffer.Buffer\n                    ? buf.toString('base64')\n                    : node_buffer.Buffer.from(buf.buffer).toString('base64');\n        }\n        else if (typeof btoa === 'function') {\n            let s = '';\n            for (let i = 0; i < buf.length; ++i)\n                s += String.fromCharCode(buf[i]);\n            str = btoa(s);\n        }\n        else {\n            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');\n        }\n        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);\n        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {\n            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);\n            const n = Math.ceil(str.length / lineWidth);\n            const lines = new Array(n);\n            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {\n                lines[i] = str.substr(o, lineWidth);\n            }\n            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\\n' : ' ');\n        }\n        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);\n    }\n};\n\nexports.binary = binary;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/binary.js"),

/***/ 2348: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\n\nfunction boolStringify({ value, source }, ctx) {\n    const boolObj = value ? trueTag : falseTag;\n    if (source && boolObj.test.test(source))\n        return source;\n    return value ? ctx.options.trueStr : ctx.options.falseStr;\n}\nconst trueTag = {\n    identify: value => value === true,\n    default: true,\n    tag: 'tag:yaml.org,2002:bool',\n    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,\n    resolve: () => new Scalar.Scalar(true),\n    stringify: boolStringify\n};\nconst falseTag = {\n    identify: value => value === false,\n    default: true,\n    tag: 'tag:yaml.org,2002:bool',\n    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,\n    resolve: () => new Scalar.Scalar(false),\n    stringify: boolStringify\n};\n\nexports.falseTag = falseTag;\nexports.trueTag = trueTag;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/bool.js"),

/***/ 7292: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\nvar stringifyNumber = __nccwpck_require__(2827);\n\nconst floatNaN = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    test: /^(?:[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN)$/,\n    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'\n        ? NaN\n        : str[0] === '-'\n            ? Number.NEGATIVE_INFINITY\n            : Number.POSITIVE_INFINITY,\n    stringify: stringifyNumber.stringifyNumber\n};\nconst floatExp = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    format: 'EXP',\n    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\\.[0-9_]*)?[eE][-+]?[0-9]+$/,\n    resolve: (str) => parseFloat(str.replace(/_/g, '')),\n    stringify(node) {\n        const num = Number(node.value);\n        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);\n    }\n};\nconst float = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    test: /^[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*$/,\n    resolve(str) {\n        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));\n        const dot = str.indexOf('.');\n        if (dot !== -1) {\n            const f = str.substring(dot + 1).replace(/_/g, '');\n            if (f[f.length - 1] === '0')\n                node.minFractionDigits = f.length;\n        }\n        return node;\n    },\n    stringify: stringifyNumber.stringifyNumber\n};\n\nexports.float = float;\nexports.floatExp = floatExp;\nexports.floatNaN = floatNaN;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/float.js"),

/***/ 7851: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar stringifyNumber = __nccwpck_require__(2827);\n\nconst intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);\nfunction intResolve(str, offset, radix, { intAsBigInt }) {\n    const sign = str[0];\n    if (sign === '-' || sign === '+')\n        offset += 1;\n    str = str.substring(offset).replace(/_/g, '');\n    if (intAsBigInt) {\n        switch (radix) {\n            case 2:\n                str = `0b${str}`;\n                break;\n            case 8:\n                str = `0o${str}`;\n                break;\n            case 16:\n                str = `0x${str}`;\n                break;\n        }\n        const n = BigInt(str);\n        return sign === '-' ? BigInt(-1) * n : n;\n    }\n    const n = parseInt(str, radix);\n    return sign === '-' ? -1 * n : n;\n}\nfunction intStringify(node, radix, prefix) {\n    const { value } = node;\n    if (intIdentify(value)) {\n        const str = value.toString(radix);\n        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;\n    }\n    return stringifyNumber.stringifyNumber(node);\n}\nconst intBin = {\n    identify: intIdentify,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'BIN',\n    test: /^[-+]?0b[0-1_]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),\n    stringify: node => intStringify(node, 2, '0b')\n};\nconst intOct = {\n    identify: intIdentify,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'OCT',\n    test: /^[-+]?0[0-7_]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),\n    stringify: node => intStringify(node, 8, '0')\n};\nconst int = {\n    identify: intIdentify,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    test: /^[-+]?[0-9][0-9_]*$/,\n    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),\n    stringify: stringifyNumber.stringifyNumber\n};\nconst intHex = {\n    identify: intIdentify,\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'HEX',\n    test: /^[-+]?0x[0-9a-fA-F_]+$/,\n    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),\n    stringify: node => intStringify(node, 16, '0x')\n};\n\nexports.int = int;\nexports.intBin = intBin;\nexports.intHex = intHex;\nexports.intOct = intOct;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/int.js"),

/***/ 5970: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\n\n// If the value associated with a merge key is a single mapping node, each of\n// its key/value pairs is inserted into the current mapping, unless the key\n// already exists in it. If the value associated with the merge key is a\n// sequence, then this sequence is expected to contain mapping nodes and each\n// of these nodes is merged in turn according to its order in the sequence.\n// Keys in mapping nodes earlier in the sequence override keys specified in\n// later mapping nodes. -- http://yaml.org/type/merge.html\nconst MERGE_KEY = '<<';\nconst merge = {\n    identify: value => value === MERGE_KEY ||\n        (typeof value === 'symbol' && value.description === MERGE_KEY),\n    default: 'key',\n    tag: 'tag:yaml.org,2002:merge',\n    test: /^<<$/,\n    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {\n        addToJSMap: addMergeToJSMap\n    }),\n    stringify: () => MERGE_KEY\n};\nconst isMergeKey = (ctx, key) => (merge.identify(key) ||\n    (identity.isScalar(key) &&\n        (!key.type || key.type === Scalar.Scalar.PLAIN) &&\n        merge.identify(key.value))) &&\n    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);\nfunction addMergeToJSMap(ctx, map, value) {\n    const source = resolveAliasValue(ctx, value);\n    if (identity.isSeq(source))\n        for (const it of source.items)\n            mergeValue(ctx, map, it);\n    else if (Array.isArray(source))\n        for (const it of source)\n            mergeValue(ctx, map, it);\n    else\n        mergeValue(ctx, map, source);\n}\nfunction mergeValue(ctx, map, value) {\n    const source = resolveAliasValue(ctx, value);\n    if (!identity.isMap(source))\n        throw new Error('Merge sources must be maps or map aliases');\n    const srcMap = source.toJSON(null, ctx, Map);\n    for (const [key, value] of srcMap) {\n        if (map instanceof Map) {\n            if (!map.has(key))\n                map.set(key, value);\n        }\n        else if (map instanceof Set) {\n            map.add(key);\n        }\n        else if (!Object.prototype.hasOwnProperty.call(map, key)) {\n            Object.defineProperty(map, key, {\n                value,\n                writable: true,\n                enumerable: true,\n                configurable: true\n            });\n        }\n    }\n    return map;\n}\nfunction resolveAliasValue(ctx, value) {\n    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;\n}\n\nexports.addMergeToJSMap = addMergeToJSMap;\nexports.isMergeKey = isMergeKey;\nexports.merge = merge;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/merge.js"),

/***/ 8781: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar toJS = __nccwpck_require__(445);\nvar YAMLMap = __nccwpck_require__(1856);\nvar YAMLSeq = __nccwpck_require__(3013);\nvar pairs = __nccwpck_require__(9751);\n\nclass YAMLOMap extends YAMLSeq.YAMLSeq {\n    constructor() {\n        super();\n        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);\n        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);\n        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);\n        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);\n        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);\n        this.tag = YAMLOMap.tag;\n    }\n    /**\n     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,\n     * but TypeScript won't allow widening the signature of a child method.\n     */\n    toJSON(_, ctx) {\n        if (!ctx)\n            return super.toJSON(_);\n        const map = new Map();\n        if (ctx?.onCreate)\n            ctx.onCreate(map);\n        for (const pair of this.items) {\n            let key, value;\n            if (identity.isPair(pair)) {\n                key = toJS.toJS(pair.key, '', ctx);\n                value = toJS.toJS(pair.value, key, ctx);\n            }\n            else {\n                key = toJS.toJS(pair, '', ctx);\n            }\n            if (map.has(key))\n                throw new Error('Ordered maps must not include duplicate keys');\n            map.set(key, value);\n        }\n        return map;\n    }\n    static from(schema, iterable, ctx) {\n        const pairs$1 = pairs.createPairs(schema, iterable, ctx);\n        const omap = new this();\n        omap.items = pairs$1.items;\n        return omap;\n    }\n}\nYAMLOMap.tag = 'tag:yaml.org,2002:omap';\nconst omap = {\n    collection: 'seq',\n    identify: value => value instanceof Map,\n    nodeClass: YAMLOMap,\n    default: false,\n    tag: 'tag:yaml.org,2002:omap',\n    resolve(seq, onError) {\n        const pairs$1 = pairs.resolvePairs(seq, onError);\n        const seenKeys = [];\n        for (const { key } of pairs$1.items) {\n            if (identity.isScalar(key)) {\n                if (seenKeys.includes(key.value)) {\n                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);\n                }\n                else {\n                    seenKeys.push(key.value);\n                }\n            }\n        }\n        return Object.assign(new YAMLOMap(), pairs$1);\n    },\n    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)\n};\n\nexports.YAMLOMap = YAMLOMap;\nexports.omap = omap;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/omap.js"),

/***/ 9751: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar Scalar = __nccwpck_require__(1543);\nvar YAMLSeq = __nccwpck_require__(3013);\n\nfunction resolvePairs(seq, onError) {\n    if (identity.isSeq(seq)) {\n        for (let i = 0; i < seq.items.length; ++i) {\n            let item = seq.items[i];\n            if (identity.isPair(item))\n                continue;\n            else if (identity.isMap(item)) {\n                if (item.items.length > 1)\n                    onError('Each pair must have its own sequence indicator');\n                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));\n                if (item.commentBefore)\n                    pair.key.commentBefore = pair.key.commentBefore\n                        ? `${item.commentBefore}\\n${pair.key.commentBefore}`\n                        : item.commentBefore;\n                if (item.comment) {\n                    const cn = pair.value ?? pair.key;\n                    cn.comment = cn.comment\n                        ? `${item.comment}\\n${cn.comment}`\n                        : item.comment;\n                }\n                item = pair;\n            }\n            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);\n        }\n    }\n    else\n        onError('Expected a sequence for this tag');\n    return seq;\n}\nfunction createPairs(schema, iterable, ctx) {\n    const { replacer } = ctx;\n    const pairs = new YAMLSeq.YAMLSeq(schema);\n    pairs.tag = 'tag:yaml.org,2002:pairs';\n    let i = 0;\n    if (iterable && Symbol.iterator in Object(iterable))\n        for (let it of iterable) {\n            if (typeof replacer === 'function')\n                it = replacer.call(iterable, String(i++), it);\n            let key, value;\n            if (Array.isArray(it)) {\n                if (it.length === 2) {\n                    key = it[0];\n                    value = it[1];\n                }\n                else\n                    throw new TypeError(`Expected [key, value] tuple: ${it}`);\n            }\n            else if (it && it instanceof Object) {\n                const keys = Object.keys(it);\n                if (keys.length === 1) {\n                    key = keys[0];\n                    value = it[key];\n                }\n                else {\n                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);\n                }\n            }\n            else {\n                key = it;\n            }\n            pairs.items.push(Pair.createPair(key, value, ctx));\n        }\n    return pairs;\n}\nconst pairs = {\n    collection: 'seq',\n    default: false,\n    tag: 'tag:yaml.org,2002:pairs',\n    resolve: resolvePairs,\n    createNode: createPairs\n};\n\nexports.createPairs = createPairs;\nexports.pairs = pairs;\nexports.resolvePairs = resolvePairs;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/pairs.js"),

/***/ 3019: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar map = __nccwpck_require__(773);\nvar _null = __nccwpck_require__(5410);\nvar seq = __nccwpck_require__(1744);\nvar string = __nccwpck_require__(2678);\nvar binary = __nccwpck_require__(6737);\nvar bool = __nccwpck_require__(2348);\nvar float = __nccwpck_require__(7292);\nvar int = __nccwpck_require__(7851);\nvar merge = __nccwpck_require__(5970);\nvar omap = __nccwpck_require__(8781);\nvar pairs = __nccwpck_require__(9751);\nvar set = __nccwpck_require__(1314);\nvar timestamp = __nccwpck_require__(5994);\n\nconst schema = [\n    map.map,\n    seq.seq,\n    string.string,\n    _null.nullTag,\n    bool.trueTag,\n    bool.falseTag,\n    int.intBin,\n    int.intOct,\n    int.int,\n    int.intHex,\n    float.floatNaN,\n    float.floatExp,\n    float.float,\n    binary.binary,\n    merge.merge,\n    omap.omap,\n    pairs.pairs,\n    set.set,\n    timestamp.intTime,\n    timestamp.floatTime,\n    timestamp.timestamp\n];\n\nexports.schema = schema;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/schema.js"),

/***/ 1314: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Pair = __nccwpck_require__(7567);\nvar YAMLMap = __nccwpck_require__(1856);\n\nclass YAMLSet extends YAMLMap.YAMLMap {\n    constructor(schema) {\n        super(schema);\n        this.tag = YAMLSet.tag;\n    }\n    add(key) {\n        let pair;\n        if (identity.isPair(key))\n            pair = key;\n        else if (key &&\n            typeof key === 'object' &&\n            'key' in key &&\n            'value' in key &&\n            key.value === null)\n            pair = new Pair.Pair(key.key, null);\n        else\n            pair = new Pair.Pair(key, null);\n        const prev = YAMLMap.findPair(this.items, pair.key);\n        if (!prev)\n            this.items.push(pair);\n    }\n    /**\n     * If `keepPair` is `true`, returns the Pair matching `key`.\n     * Otherwise, returns the value of that Pair's key.\n     */\n    get(key, keepPair) {\n        const pair = YAMLMap.findPair(this.items, key);\n        return !keepPair && identity.isPair(pair)\n            ? identity.isScalar(pair.key)\n                ? pair.key.value\n                : pair.key\n            : pair;\n    }\n    set(key, value) {\n        if (typeof value !== 'boolean')\n            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);\n        const prev = YAMLMap.findPair(this.items, key);\n        if (prev && !value) {\n            this.items.splice(this.items.indexOf(prev), 1);\n        }\n        else if (!prev && value) {\n            this.items.push(new Pair.Pair(key));\n        }\n    }\n    toJSON(_, ctx) {\n        return super.toJSON(_, ctx, Set);\n    }\n    toString(ctx, onComment, onChompKeep) {\n        if (!ctx)\n            return JSON.stringify(this);\n        if (this.hasAllNullValues(true))\n            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);\n        else\n            throw new Error('Set items must all have null values');\n    }\n    static from(schema, iterable, ctx) {\n        const { replacer } = ctx;\n        const set = new this(schema);\n        if (iterable && Symbol.iterator in Object(iterable))\n            for (let value of iterable) {\n                if (typeof replacer === 'function')\n                    value = replacer.call(iterable, value, value);\n                set.items.push(Pair.createPair(value, null, ctx));\n            }\n        return set;\n    }\n}\nYAMLSet.tag = 'tag:yaml.org,2002:set';\nconst set = {\n    collection: 'map',\n    identify: value => value instanceof Set,\n    nodeClass: YAMLSet,\n    default: false,\n    tag: 'tag:yaml.org,2002:set',\n    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),\n    resolve(map, onError) {\n        if (identity.isMap(map)) {\n            if (map.hasAllNullValues(true))\n                return Object.assign(new YAMLSet(), map);\n            else\n                onError('Set items must all have null values');\n        }\n        else\n            onError('Expected a mapping for this tag');\n        return map;\n    }\n};\n\nexports.YAMLSet = YAMLSet;\nexports.set = set;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/set.js"),

/***/ 5994: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar stringifyNumber = __nccwpck_require__(2827);\n\n/** Internal types handle bigint as number, because TS can't figure it out. */\nfunction parseSexagesimal(str, asBigInt) {\n    const sign = str[0];\n    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;\n    const num = (n) => asBigInt ? BigInt(n) : Number(n);\n    const res = parts\n        .replace(/_/g, '')\n        .split(':')\n        .reduce((res, p) => res * num(60) + num(p), num(0));\n    return (sign === '-' ? num(-1) * res : res);\n}\n/**\n * hhhh:mm:ss.sss\n *\n * Internal types handle bigint as number, because TS can't figure it out.\n */\nfunction stringifySexagesimal(node) {\n    let { value } = node;\n    let num = (n) => n;\n    if (typeof value === 'bigint')\n        num = n => BigInt(n);\n    else if (isNaN(value) || !isFinite(value))\n        return stringifyNumber.stringifyNumber(node);\n    let sign = '';\n    if (value < 0) {\n        sign = '-';\n        value *= num(-1);\n    }\n    const _60 = num(60);\n    const parts = [value % _60]; // seconds, including ms\n    if (value < 60) {\n        parts.unshift(0); // at least one : is required\n    }\n    else {\n        value = (value - parts[0]) / _60;\n        parts.unshift(value % _60); // minutes\n        if (value >= 60) {\n            value = (value - parts[0]) / _60;\n            parts.unshift(value); // hours\n        }\n    }\n    return (sign +\n        parts\n            .map(n => String(n).padStart(2, '0'))\n            .join(':')\n            .replace(/000000\\d*$/, '') // % 60 may introduce error\n    );\n}\nconst intTime = {\n    identify: value => typeof value === 'bigint' || Number.isInteger(value),\n    default: true,\n    tag: 'tag:yaml.org,2002:int',\n    format: 'TIME',\n    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,\n    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),\n    stringify: stringifySexagesimal\n};\nconst floatTime = {\n    identify: value => typeof value === 'number',\n    default: true,\n    tag: 'tag:yaml.org,2002:float',\n    format: 'TIME',\n    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*$/,\n    resolve: str => parseSexagesimal(str, false),\n    stringify: stringifySexagesimal\n};\nconst timestamp = {\n    identify: value => value instanceof Date,\n    default: true,\n    tag: 'tag:yaml.org,2002:timestamp',\n    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part\n    // may be omitted altogether, resulting in a date format. In such a case, the time part is\n    // assumed to be 00:00:00Z (start of day, UTC).\n    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd\n        '(?:' + // time is optional\n        '(?:t|T|[ \\\\t]+)' + // t | T | whitespace\n        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?\n        '(?:[ \\\\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30\n        ')?$'),\n    resolve(str) {\n        const match = str.match(timestamp.test);\n        if (!match)\n            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');\n        const [, year, month, day, hour, minute, second] = match.map(Number);\n        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;\n        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);\n        const tz = match[8];\n        if (tz && tz !== 'Z') {\n            let d = parseSexagesimal(tz, false);\n            if (Math.abs(d) < 30)\n                d *= 60;\n            date -= 60000 * d;\n        }\n        return new Date(date);\n    },\n    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\\.000Z$/, '') ?? ''\n};\n\nexports.floatTime = floatTime;\nexports.intTime = intTime;\nexports.timestamp = timestamp;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"),

/***/ 9777: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nconst FOLD_FLOW = 'flow';\nconst FOLD_BLOCK = 'block';\nconst FOLD_QUOTED = 'quoted';\n/**\n * Tries to keep input at up to `lineWidth` characters, splitting only on spaces\n * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are\n * terminated with `\\n` and started with `indent`.\n */\nfunction foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {\n    if (!lineWidth || lineWidth < 0)\n        return text;\n    if (lineWidth < minContentWidth)\n        minContentWidth = 0;\n    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);\n    if (text.length <= endStep)\n        return text;\n    const folds = [];\n    const escapedFolds = {};\n    let end = lineWidth - indent.length;\n    if (typeof indentAtStart === 'number') {\n        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))\n            folds.push(0);\n        else\n            end = lineWidth - indentAtStart;\n    }\n    let split = undefined;\n    let prev = undefined;\n    let overflow = false;\n    let i = -1;\n    let escStart = -1;\n    let escEnd = -1;\n    if (mode === FOLD_BLOCK) {\n        i = consumeMoreIndentedLines(text, i, indent.length);\n        if (i !== -1)\n            end = i + endStep;\n    }\n    for (let ch; (ch = text[(i += 1)]);) {\n        if (mode === FOLD_QUOTED && ch === '\\\\') {\n            escStart = i;\n            switch (text[i + 1]) {\n                case 'x':\n                    i += 3;\n                    break;\n                case 'u':\n                    i += 5;\n                    break;\n                case 'U':\n                    i += 9;\n                    break;\n                default:\n                    i += 1;\n            }\n            escEnd = i;\n        }\n        if (ch === '\\n') {\n            if (mode === FOLD_BLOCK)\n                i = consumeMoreIndentedLines(text, i, indent.length);\n            end = i + indent.length + endStep;\n            split = undefined;\n        }\n        else {\n            if (ch === ' ' &&\n                prev &&\n                prev !== ' ' &&\n                prev !== '\\n' &&\n                prev !== '\\t') {\n                // space surrounded by non-space can be replaced with newline + indent\n                const next = text[i + 1];\n                if (next && next !== ' ' && next !== '\\n' && next !== '\\t')\n                    split = i;\n            }\n            if (i >= end) {\n                if (split) {\n                    folds.push(split);\n                    end = split + endStep;\n                    split = undefined;\n                }\n                else if (mode === FOLD_QUOTED) {\n                    // white-space collected at end may stretch past lineWidth\n                    while (prev === ' ' || prev === '\\t') {\n                        prev = ch;\n                        ch = text[(i += 1)];\n                        overflow = true;\n                    }\n                    // Account for newline escape, but don't break preceding escape\n                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;\n                    // Bail out if lineWidth & minContentWidth are shorter than an escape string\n                    if (escapedFolds[j])\n                        return text;\n                    folds.push(j);\n                    escapedFolds[j] = true;\n                    end = j + endStep;\n                    split = undefined;\n                }\n                else {\n                    overflow = true;\n                }\n            }\n        }\n        prev = ch;\n    }\n    if (overflow && onOverflow)\n        onOverflow();\n    if (folds.length === 0)\n        return text;\n    if (onFold)\n        onFold();\n    let res = text.slice(0, folds[0]);\n    for (let i = 0; i < folds.length; ++i) {\n        const fold = folds[i];\n        const end = folds[i + 1] || text.length;\n        if (fold === 0)\n            res = `\\n${indent}${text.slice(0, end)}`;\n        else {\n            if (mode === FOLD_QUOTED && escapedFolds[fold])\n                res += `${text[fold]}\\\\`;\n            res += `\\n${indent}${text.slice(fold + 1, end)}`;\n        }\n    }\n    return res;\n}\n/**\n * Presumes `i + 1` is at the start of a line\n * @returns index of last newline in more-indented block\n */\nfunction consumeMoreIndentedLines(text, i, indent) {\n    let end = i;\n    let start = i + 1;\n    let ch = text[start];\n    while (ch === ' ' || ch === '\\t') {\n        if (i < start + indent) {\n            ch = text[++i];\n        }\n        else {\n            do {\n                ch = text[++i];\n            } while (ch && ch !== '\\n');\n            end = i;\n            start = i + 1;\n            ch = text[start];\n        }\n    }\n    return end;\n}\n\nexports.FOLD_BLOCK = FOLD_BLOCK;\nexports.FOLD_FLOW = FOLD_FLOW;\nexports.FOLD_QUOTED = FOLD_QUOTED;\nexports.foldFlowLines = foldFlowLines;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/foldFlowLines.js"),

/***/ 5474: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar anchors = __nccwpck_require__(9030);\nvar identity = __nccwpck_require__(1737);\nvar stringifyComment = __nccwpck_require__(2005);\nvar stringifyString = __nccwpck_require__(4387);\n\nfunction createStringifyContext(doc, options) {\n    const opt = Object.assign({\n        blockQuote: true,\n        commentString: stringifyComment.stringifyComment,\n        defaultKeyType: null,\n        defaultStringType: 'PLAIN',\n        directives: null,\n        doubleQuotedAsJSON: false,\n        doubleQuotedMinMultiLineLength: 40,\n        falseStr: 'false',\n        flowCollectionPadding: true,\n        indentSeq: true,\n        lineWidth: 80,\n        minContentWidth: 20,\n        nullStr: 'null',\n        simpleKeys: false,\n        singleQuote: null,\n        trailingComma: false,\n        trueStr: 'true',\n        verifyAliasOrder: true\n    }, doc.schema.toStringOptions, options);\n    let inFlow;\n    switch (opt.collectionStyle) {\n        case 'block':\n            inFlow = false;\n            break;\n        case 'flow':\n            inFlow = true;\n            break;\n        default:\n            inFlow = null;\n    }\n    return {\n        anchors: new Set(),\n        doc,\n        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',\n        indent: '',\n        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',\n        inFlow,\n        options: opt\n    };\n}\nfunction getTagObject(tags, item) {\n    if (item.tag) {\n        const match = tags.filter(t => t.tag === item.tag);\n        if (match.length > 0)\n            return match.find(t => t.format === item.format) ?? match[0];\n    }\n    let tagObj = undefined;\n    let obj;\n    if (identity.isScalar(item)) {\n        obj = item.value;\n        let match = tags.filter(t => t.identify?.(obj));\n        if (match.length > 1) {\n            const testMatch = match.filter(t => t.test);\n            if (testMatch.length > 0)\n                match = testMatch;\n        }\n        tagObj =\n            match.find(t => t.format === item.format) ?? match.find(t => !t.format);\n    }\n    else {\n        obj = item;\n        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);\n    }\n    if (!tagObj) {\n        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);\n        throw new Error(`Tag not resolved for ${name} value`);\n    }\n    return tagObj;\n}\n// needs to be called before value stringifier to allow for circular anchor refs\nfunction stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {\n    if (!doc.directives)\n        return '';\n    const props = [];\n    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;\n    if (anchor && anchors.anchorIsValid(anchor)) {\n        anchors$1.add(anchor);\n        props.push(`&${anchor}`);\n    }\n    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);\n    if (tag)\n        props.push(doc.directives.tagString(tag));\n    return props.join(' ');\n}\nfunction stringify(item, ctx, onComment, onChompKeep) {\n    if (identity.isPair(item))\n        return item.toString(ctx, onComment, onChompKeep);\n    if (identity.isAlias(item)) {\n        if (ctx.doc.directives)\n            return item.toString(ctx);\n        if (ctx.resolvedAliases?.has(item)) {\n            throw new TypeError(`Cannot stringify circular structure without alias nodes`);\n        }\n        else {\n            if (ctx.resolvedAliases)\n                ctx.resolvedAliases.add(item);\n            else\n                ctx.resolvedAliases = new Set([item]);\n            item = item.resolve(ctx.doc);\n        }\n    }\n    let tagObj = undefined;\n    const node = identity.isNode(item)\n        ? item\n        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });\n    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));\n    const props = stringifyProps(node, tagObj, ctx);\n    if (props.length > 0)\n        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;\n    const str = typeof tagObj.stringify === 'function'\n        ? tagObj.stringify(node, ctx, onComment, onChompKeep)\n        : identity.isScalar(node)\n            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)\n            : node.toString(ctx, onComment, onChompKeep);\n    if (!props)\n        return str;\n    return identity.isScalar(node) || str[0] === '{' || str[0] === '['\n        ? `${props} ${str}`\n        : `${props}\\n${ctx.indent}${str}`;\n}\n\nexports.createStringifyContext = createStringifyContext;\nexports.stringify = stringify;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringify.js"),

/***/ 486: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar stringify = __nccwpck_require__(5474);\nvar stringifyComment = __nccwpck_require__(2005);\n\nfunction stringifyCollection(collection, ctx, options) {\n    const flow = ctx.inFlow ?? collection.flow;\n    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;\n    return stringify(collection, ctx, options);\n}\nfunction stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {\n    const { indent, options: { commentString } } = ctx;\n    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });\n    let chompKeep = false; // flag for the preceding node's status\n    const lines = [];\n    for (let i = 0; i < items.length; ++i) {\n        const item = items[i];\n        let comment = null;\n        if (identity.isNode(item)) {\n            if (!chompKeep && item.spaceBefore)\n                lines.push('');\n            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);\n            if (item.comment)\n                comment = item.comment;\n        }\n        else if (identity.isPair(item)) {\n            const ik = identity.isNode(item.key) ? item.key : null;\n            if (ik) {\n                if (!chompKeep && ik.spaceBefore)\n                    lines.push('');\n                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);\n            }\n        }\n        chompKeep = false;\n        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));\n        if (comment)\n            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));\n        if (chompKeep && comment)\n            chompKeep = false;\n        lines.push(blockItemPrefix + str);\n    }\n    let str;\n    if (lines.length === 0) {\n        str = flowChars.start + flowChars.end;\n    }\n    else {\n        str = lines[0];\n        for (let i = 1; i < lines.length; ++i) {\n            const line = lines[i];\n            str += line ? `\\n${indent}${line}` : '\\n';\n        }\n    }\n    if (comment) {\n        str += '\\n' + stringifyComment.indentComment(commentString(comment), indent);\n        if (onComment)\n            onComment();\n    }\n    else if (chompKeep && onChompKeep)\n        onChompKeep();\n    return str;\n}\nfunction stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {\n    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;\n    itemIndent += indentStep;\n    const itemCtx = Object.assign({}, ctx, {\n        indent: itemIndent,\n        inFlow: true,\n        type: null\n    });\n    let reqNewline = false;\n    let linesAtValue = 0;\n    const lines = [];\n    for (let i = 0; i < items.length; ++i) {\n        const item = items[i];\n        let comment = null;\n        if (identity.isNode(item)) {\n            if (item.spaceBefore)\n                lines.push('');\n            addCommentBefore(ctx, lines, item.commentBefore, false);\n            if (item.comment)\n                comment = item.comment;\n        }\n        else if (identity.isPair(item)) {\n            const ik = identity.isNode(item.key) ? item.key : null;\n            if (ik) {\n                if (ik.spaceBefore)\n                    lines.push('');\n                addCommentBefore(ctx, lines, ik.commentBefore, false);\n                if (ik.comment)\n                    reqNewline = true;\n            }\n            const iv = identity.isNode(item.value) ? item.value : null;\n            if (iv) {\n                if (iv.comment)\n                    comment = iv.comment;\n                if (iv.commentBefore)\n                    reqNewline = true;\n            }\n            else if (item.value == null && ik?.comment) {\n                comment = ik.comment;\n            }\n        }\n        if (comment)\n            reqNewline = true;\n        let str = stringify.stringify(item, itemCtx, () => (comment = null));\n        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\\n'));\n        if (i < items.length - 1) {\n            str += ',';\n        }\n        else if (ctx.options.trailingComma) {\n            if (ctx.options.lineWidth > 0) {\n                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +\n                    (str.length + 2) >\n                    ctx.options.lineWidth);\n            }\n            if (reqNewline) {\n                str += ',';\n            }\n        }\n        if (comment)\n            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));\n        lines.push(str);\n        linesAtValue = lines.length;\n    }\n    const { start, end } = flowChars;\n    if (lines.length === 0) {\n        return start + end;\n    }\n    else {\n        if (!reqNewline) {\n            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);\n            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;\n        }\n        if (reqNewline) {\n            let str = start;\n            for (const line of lines)\n                str += line ? `\\n${indentStep}${indent}${line}` : '\\n';\n            return `${str}\\n${indent}${end}`;\n        }\n        else {\n            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;\n        }\n    }\n}\nfunction addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {\n    if (comment && chompKeep)\n        comment = comment.replace(/^\\n+/, '');\n    if (comment) {\n        const ic = stringifyComment.indentComment(commentString(comment), indent);\n        lines.push(ic.trimStart()); // Avoid double indent on first line\n    }\n}\n\nexports.stringifyCollection = stringifyCollection;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyCollection.js"),

/***/ 2005: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\n/**\n * Stringifies a comment.\n *\n * Empty comment lines are left empty,\n * lines consisting of a single space are replaced by `#`,\n * and all other lines are prefixed with a `#`.\n */\nconst stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');\nfunction indentComment(comment, indent) {\n    if (/^\\n+$/.test(comment))\n        return comment.substring(1);\n    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;\n}\nconst lineComment = (str, indent, comment) => str.endsWith('\\n')\n    ? indentComment(comment, indent)\n    : comment.includes('\\n')\n        ? '\\n' + indentComment(comment, indent)\n        : (str.endsWith(' ') ? '' : ' ') + comment;\n\nexports.indentComment = indentComment;\nexports.lineComment = lineComment;\nexports.stringifyComment = stringifyComment;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyComment.js"),

/***/ 9255: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar stringify = __nccwpck_require__(5474);\nvar stringifyComment = __nccwpck_require__(2005);\n\nfunction stringifyDocument(doc, options) {\n    const lines = [];\n    let hasDirectives = options.directives === true;\n    if (options.directives !== false && doc.directives) {\n        const dir = doc.directives.toString(doc);\n        if (dir) {\n            lines.push(dir);\n            hasDirectives = true;\n        }\n        else if (doc.directives.docStart)\n            hasDirectives = true;\n    }\n    if (hasDirectives)\n        lines.push('---');\n    const ctx = stringify.createStringifyContext(doc, options);\n    const { commentString } = ctx.options;\n    if (doc.commentBefore) {\n        if (lines.length !== 1)\n            lines.unshift('');\n        const cs = commentString(doc.commentBefore);\n        lines.unshift(stringifyComment.indentComment(cs, ''));\n    }\n    let chompKeep = false;\n    let contentComment = null;\n    if (doc.contents) {\n        if (identity.isNode(doc.contents)) {\n            if (doc.contents.spaceBefore && hasDirectives)\n                lines.push('');\n            if (doc.contents.commentBefore) {\n                const cs = commentString(doc.contents.commentBefore);\n                lines.push(stringifyComment.indentComment(cs, ''));\n            }\n            // top-level block scalars need to be indented if followed by a comment\n            ctx.forceBlockIndent = !!doc.comment;\n            contentComment = doc.contents.comment;\n        }\n        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);\n        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);\n        if (contentComment)\n            body += stringifyComment.lineComment(body, '', commentString(contentComment));\n        if ((body[0] === '|' || body[0] === '>') &&\n            lines[lines.length - 1] === '---') {\n            // Top-level block scalars with a preceding doc marker ought to use the\n            // same line for their header.\n            lines[lines.length - 1] = `--- ${body}`;\n        }\n        else\n            lines.push(body);\n    }\n    else {\n        lines.push(stringify.stringify(doc.contents, ctx));\n    }\n    if (doc.directives?.docEnd) {\n        if (doc.comment) {\n            const cs = commentString(doc.comment);\n            if (cs.includes('\\n')) {\n                lines.push('...');\n                lines.push(stringifyComment.indentComment(cs, ''));\n            }\n            else {\n                lines.push(`... ${cs}`);\n            }\n        }\n        else {\n            lines.push('...');\n        }\n    }\n    else {\n        let dc = doc.comment;\n        if (dc && chompKeep)\n            dc = dc.replace(/^\\n+/, '');\n        if (dc) {\n            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')\n                lines.push('');\n            lines.push(stringifyComment.indentComment(commentString(dc), ''));\n        }\n    }\n    return lines.join('\\n') + '\\n';\n}\n\nexports.stringifyDocument = stringifyDocument;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyDocument.js"),

/***/ 2827: __nccwpck_lazy(["__unused_webpack_module","exports"], "\"use strict\";\n\n\n\nfunction stringifyNumber({ format, minFractionDigits, tag, value }) {\n    if (typeof value === 'bigint')\n        return String(value);\n    const num = typeof value === 'number' ? value : Number(value);\n    if (!isFinite(num))\n        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';\n    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);\n    if (!format &&\n        minFractionDigits &&\n        (!tag || tag === 'tag:yaml.org,2002:float') &&\n        /^-?\\d/.test(n) &&\n        !n.includes('e')) {\n        let i = n.indexOf('.');\n        if (i < 0) {\n            i = n.length;\n            n += '.';\n        }\n        let d = minFractionDigits - (n.length - i - 1);\n        while (d-- > 0)\n            n += '0';\n    }\n    return n;\n}\n\nexports.stringifyNumber = stringifyNumber;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyNumber.js"),

/***/ 8070: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\nvar Scalar = __nccwpck_require__(1543);\nvar stringify = __nccwpck_require__(5474);\nvar stringifyComment = __nccwpck_require__(2005);\n\nfunction stringifyPair({ key, value }, ctx, onComment, onChompKeep) {\n    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;\n    let keyComment = (identity.isNode(key) && key.comment) || null;\n    if (simpleKeys) {\n        if (keyComment) {\n            throw new Error('With simple keys, key nodes cannot have comments');\n        }\n        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {\n            const msg = 'With simple keys, collection cannot be used as a key value';\n            throw new Error(msg);\n        }\n    }\n    let explicitKey = !simpleKeys &&\n        (!key ||\n            (keyComment && value == null && !ctx.inFlow) ||\n            identity.isCollection(key) ||\n            (identity.isScalar(key)\n                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL\n                : typeof key === 'object'));\n    ctx = Object.assign({}, ctx, {\n        allNullValues: false,\n        implicitKey: !explicitKey && (simpleKeys || !allNullValues),\n        indent: indent + indentStep\n    });\n    let keyCommentDone = false;\n    let chompKeep = false;\n    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));\n    if (!explicitKey && !ctx.inFlow && str.length > 1024) {\n        if (simpleKeys)\n            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');\n        explicitKey = true;\n    }\n    if (ctx.inFlow) {\n        if (allNullValues || value == null) {\n            if (keyCommentDone && onComment)\n                onComment();\n            return str === '' ? '?' : explicitKey ? `? ${str}` : str;\n        }\n    }\n    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {\n        str = `? ${str}`;\n        if (keyComment && !keyCommentDone) {\n            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n        }\n        else if (chompKeep && onChompKeep)\n            onChompKeep();\n        return str;\n    }\n    if (keyCommentDone)\n        keyComment = null;\n    if (explicitKey) {\n        if (keyComment)\n            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n        str = `? ${str}\\n${indent}:`;\n    }\n    else {\n        str = `${str}:`;\n        if (keyComment)\n            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));\n    }\n    let vsb, vcb, valueComment;\n    if (identity.isNode(value)) {\n        vsb = !!value.spaceBefore;\n        vcb = value.commentBefore;\n        valueComment = value.comment;\n    }\n    else {\n        vsb = false;\n        vcb = null;\n        valueComment = null;\n        if (value && typeof value === 'object')\n            value = doc.createNode(value);\n    }\n    ctx.implicitKey = false;\n    if (!explicitKey && !keyComment && identity.isScalar(value))\n        ctx.indentAtStart = str.length + 1;\n    chompKeep = false;\n    if (!indentSeq &&\n        indentStep.length >= 2 &&\n        !ctx.inFlow &&\n        !explicitKey &&\n        identity.isSeq(value) &&\n        !value.flow &&\n        !value.tag &&\n        !value.anchor) {\n        // If indentSeq === false, consider '- ' as part of indentation where possible\n        ctx.indent = ctx.indent.substring(2);\n    }\n    let valueCommentDone = false;\n    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));\n    let ws = ' ';\n    if (keyComment || vsb || vcb) {\n        ws = vsb ? '\\n' : '';\n        if (vcb) {\n            const cs = commentString(vcb);\n            ws += `\\n${stringifyComment.indentComment(cs, ctx.indent)}`;\n        }\n        if (valueStr === '' && !ctx.inFlow) {\n            if (ws === '\\n' && valueComment)\n                ws = '\\n\\n';\n        }\n        else {\n            ws += `\\n${ctx.indent}`;\n        }\n    }\n    else if (!explicitKey && identity.isCollection(value)) {\n        const vs0 = valueStr[0];\n        const nl0 = valueStr.indexOf('\\n');\n        const hasNewline = nl0 !== -1;\n        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;\n        if (hasNewline || !flow) {\n            let hasPropsLine = false;\n            if (hasNewline && (vs0 === '&' || vs0 === '!')) {\n                let sp0 = valueStr.indexOf(' ');\n                if (vs0 === '&' &&\n                    sp0 !== -1 &&\n                    sp0 < nl0 &&\n                    valueStr[sp0 + 1] === '!') {\n                    sp0 = valueStr.indexOf(' ', sp0 + 1);\n                }\n                if (sp0 === -1 || nl0 < sp0)\n                    hasPropsLine = true;\n            }\n            if (!hasPropsLine)\n                ws = `\\n${ctx.indent}`;\n        }\n    }\n    else if (valueStr === '' || valueStr[0] === '\\n') {\n        ws = '';\n    }\n    str += ws + valueStr;\n    if (ctx.inFlow) {\n        if (valueCommentDone && onComment)\n            onComment();\n    }\n    else if (valueComment && !valueCommentDone) {\n        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));\n    }\n    else if (chompKeep && onChompKeep) {\n        onChompKeep();\n    }\n    return str;\n}\n\nexports.stringifyPair = stringifyPair;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyPair.js"),

/***/ 4387: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar Scalar = __nccwpck_require__(1543);\nvar foldFlowLines = __nccwpck_require__(9777);\n\nconst getFoldOptions = (ctx, isBlock) => ({\n    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,\n    lineWidth: ctx.options.lineWidth,\n    minContentWidth: ctx.options.minContentWidth\n});\n// Also checks for lines starting with %, as parsing the output as YAML 1.1 will\n// presume that's starting a new document.\nconst containsDocumentMarker = (str) => /^(%|---|\\.\\.\\.)/m.test(str);\nfunction lineLengthOverLimit(str, lineWidth, indentLength) {\n    if (!lineWidth || lineWidth < 0)\n        return false;\n    const limit = lineWidth - indentLength;\n    const strLen = str.length;\n    if (strLen <= limit)\n        return false;\n    for (let i = 0, start = 0; i < strLen; ++i) {\n        if (str[i] === '\\n') {\n            if (i - start > limit)\n                return true;\n            start = i + 1;\n            if (strLen - start <= limit)\n                return false;\n        }\n    }\n    return true;\n}\nfunction doubleQuotedString(value, ctx) {\n    const json = JSON.stringify(value);\n    if (ctx.options.doubleQuotedAsJSON)\n        return json;\n    const { implicitKey } = ctx;\n    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;\n    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');\n    let str = '';\n    let start = 0;\n    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {\n        if (ch === ' ' && json[i + 1] === '\\\\' && json[i + 2] === 'n') {\n            // space before newline needs to be escaped to not be folded\n            str += json.slice(start, i) + '\\\\ ';\n            i += 1;\n            start = i;\n            ch = '\\\\';\n        }\n        if (ch === '\\\\')\n            switch (json[i + 1]) {\n                case 'u':\n                    {\n                        str += json.slice(start, i);\n                        const code = json.substr(i + 2, 4);\n                        switch (code) {\n                            case '0000':\n                                str += '\\\\0';\n                                break;\n                            case '0007':\n                                str += '\\\\a';\n                                break;\n                            case '000b':\n                                str += '\\\\v';\n                                break;\n                            case '001b':\n                                str += '\\\\e';\n                                break;\n                            case '0085':\n                                str += '\\\\N';\n                                break;\n                            case '00a0':\n                                str += '\\\\_';\n                                break;\n                            case '2028':\n                                str += '\\\\L';\n                                break;\n                            case '2029':\n                                str += '\\\\P';\n                                break;\n                            default:\n                                if (code.substr(0, 2) === '00')\n                                    str += '\\\\x' + code.substr(2);\n                                else\n                                    str += json.substr(i, 6);\n                        }\n                        i += 5;\n                        start = i + 1;\n                    }\n                    break;\n                case 'n':\n                    if (implicitKey ||\n                        json[i + 2] === '\"' ||\n                        json.length < minMultiLineLength) {\n                        i += 1;\n                    }\n                    else {\n                        // folding will eat first newline\n                        str += json.slice(start, i) + '\\n\\n';\n                        while (json[i + 2] === '\\\\' &&\n                            json[i + 3] === 'n' &&\n                            json[i + 4] !== '\"') {\n                            str += '\\n';\n                            i += 2;\n                        }\n                        str += indent;\n                        // space after newline needs to be escaped to not be folded\n                        if (json[i + 2] === ' ')\n                            str += '\\\\';\n                        i += 1;\n                        start = i + 1;\n                    }\n                    break;\n                default:\n                    i += 1;\n            }\n    }\n    str = start ? str + json.slice(start) : json;\n    return implicitKey\n        ? str\n        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));\n}\nfunction singleQuotedString(value, ctx) {\n    if (ctx.options.singleQuote === false ||\n        (ctx.implicitKey && value.includes('\\n')) ||\n        /[ \\t]\\n|\\n[ \\t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline\n    )\n        return doubleQuotedString(value, ctx);\n    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');\n    const res = \"'\" + value.replace(/'/g, \"''\").replace(/\\n+/g, `$&\\n${indent}`) + \"'\";\n    return ctx.implicitKey\n        ? res\n        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));\n}\nfunction quotedString(value, ctx) {\n    const { singleQuote } = ctx.options;\n    let qs;\n    if (singleQuote === false)\n        qs = doubleQuotedString;\n    else {\n        const hasDouble = value.includes('\"');\n        const hasSingle = value.includes(\"'\");\n        if (hasDouble && !hasSingle)\n            qs = singleQuotedString;\n        else if (hasSingle && !hasDouble)\n            qs = doubleQuotedString;\n        else\n            qs = singleQuote ? singleQuotedString : doubleQuotedString;\n    }\n    return qs(value, ctx);\n}\n// The negative lookbehind avoids a polynomial search,\n// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind\nlet blockEndNewlines;\ntry {\n    blockEndNewlines = new RegExp('(^|(?<!\\n))\\n+(?!\\n|$)', 'g');\n}\ncatch {\n    blockEndNewlines = /\\n+(?!\\n|$)/g;\n}\nfunction blockString({ comment, type, value }, ctx, onComment, onChompKeep) {\n    const { blockQuote, commentString, lineWidth } = ctx.options;\n    // 1. Block can't end in whitespace unless the last line is non-empty.\n    // 2. Strings consisting of only whitespace are best rendered explicitly.\n    if (!blockQuote || /\\n[\\t ]+$/.test(value)) {\n        return quotedString(value, ctx);\n    }\n    const indent = ctx.indent ||\n        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');\n    const literal = blockQuote === 'literal'\n        ? true\n        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED\n            ? false\n            : type === Scalar.Scalar.BLOCK_LITERAL\n                ? true\n                : !lineLengthOverLimit(value, lineWidth, indent.length);\n    if (!value)\n        return literal ? '|\\n' : '>\\n';\n    // determine chomping from whitespace at value end\n    let chomp;\n    let endStart;\n    for (endStart = value.length; endStart > 0; --endStart) {\n        const ch = value[endStart - 1];\n        if (ch !== '\\n' && ch !== '\\t' && ch !== ' ')\n            break;\n    }\n    let end = value.substring(endStart);\n    const endNlPos = end.indexOf('\\n');\n    if (endNlPos === -1) {\n        chomp = '-'; // strip\n    }\n    else if (value === end || endNlPos !== end.length - 1) {\n        chomp = '+'; // keep\n        if (onChompKeep)\n            onChompKeep();\n    }\n    else {\n        chomp = ''; // clip\n    }\n    if (end) {\n        value = value.slice(0, -end.length);\n        if (end[end.length - 1] === '\\n')\n            end = end.slice(0, -1);\n        end = end.replace(blockEndNewlines, `$&${indent}`);\n    }\n    // determine indent indicator from whitespace at value start\n    let startWithSpace = false;\n    let startEnd;\n    let startNlPos = -1;\n    for (startEnd = 0; startEnd < value.length; ++startEnd) {\n        const ch = value[startEnd];\n        if (ch === ' ')\n            startWithSpace = true;\n        else if (ch === '\\n')\n            startNlPos = startEnd;\n        else\n            break;\n    }\n    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);\n    if (start) {\n        value = value.substring(start.length);\n        start = start.replace(/\\n+/g, `$&${indent}`);\n    }\n    const indentSize = indent ? '2' : '1'; // root is at -1\n    // Leading | or > is added later\n    let header = (startWithSpace ? indentSize : '') + chomp;\n    if (comment) {\n        header += ' ' + commentString(comment.replace(/ ?[\\r\\n]+/g, ' '));\n        if (onComment)\n            onComment();\n    }\n    if (!literal) {\n        const foldedValue = value\n            .replace(/\\n+/g, '\\n$&')\n            .replace(/(?:^|\\n)([\\t ].*)(?:([\\n\\t ]*)\\n(?![\\n\\t ]))?/g, '$1$2') // more-indented lines aren't folded\n            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent\n            .replace(/\\n+/g, `$&${indent}`);\n        let literalFallback = false;\n        const foldOptions = getFoldOptions(ctx, true);\n        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {\n            foldOptions.onOverflow = () => {\n                literalFallback = true;\n            };\n        }\n        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);\n        if (!literalFallback)\n            return `>${header}\\n${indent}${body}`;\n    }\n    value = value.replace(/\\n+/g, `$&${indent}`);\n    return `|${header}\\n${indent}${start}${value}${end}`;\n}\nfunction plainString(item, ctx, onComment, onChompKeep) {\n    const { type, value } = item;\n    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;\n    if ((implicitKey && value.includes('\\n')) ||\n        (inFlow && /[[\\]{},]/.test(value))) {\n        return quotedString(value, ctx);\n    }\n    if (/^[\\n\\t ,[\\]{}#&*!|>'\"%@`]|^[?-]$|^[?-][ \\t]|[\\n:][ \\t]|[ \\t]\\n|[\\n\\t ]#|[\\n\\t :]$/.test(value)) {\n        // not allowed:\n        // - '-' or '?'\n        // - start with an indicator character (except [?:-]) or /[?-] /\n        // - '\\n ', ': ' or ' \\n' anywhere\n        // - '#' not preceded by a non-space char\n        // - end with ' ' or ':'\n        return implicitKey || inFlow || !value.includes('\\n')\n            ? quotedString(value, ctx)\n            : blockString(item, ctx, onComment, onChompKeep);\n    }\n    if (!implicitKey &&\n        !inFlow &&\n        type !== Scalar.Scalar.PLAIN &&\n        value.includes('\\n')) {\n        // Where allowed & type not set explicitly, prefer block style for multiline strings\n        return blockString(item, ctx, onComment, onChompKeep);\n    }\n    if (containsDocumentMarker(value)) {\n        if (indent === '') {\n            ctx.forceBlockIndent = true;\n            return blockString(item, ctx, onComment, onChompKeep);\n        }\n        else if (implicitKey && indent === indentStep) {\n            return quotedString(value, ctx);\n        }\n    }\n    const str = value.replace(/\\n+/g, `$&\\n${indent}`);\n    // Verify that output will be parsed as a string, as e.g. plain numbers and\n    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),\n    // and others in v1.1.\n    if (actualString) {\n        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);\n        const { compat, tags } = ctx.doc.schema;\n        if (tags.some(test) || compat?.some(test))\n            return quotedString(value, ctx);\n    }\n    return implicitKey\n        ? str\n        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));\n}\nfunction stringifyString(item, ctx, onComment, onChompKeep) {\n    const { implicitKey, inFlow } = ctx;\n    const ss = typeof item.value === 'string'\n        ? item\n        : Object.assign({}, item, { value: String(item.value) });\n    let { type } = item;\n    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {\n        // force double quotes on control characters & unpaired surrogates\n        if (/[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u{D800}-\\u{DFFF}]/u.test(ss.value))\n            type = Scalar.Scalar.QUOTE_DOUBLE;\n    }\n    const _stringify = (_type) => {\n        switch (_type) {\n            case Scalar.Scalar.BLOCK_FOLDED:\n            case Scalar.Scalar.BLOCK_LITERAL:\n                return implicitKey || inFlow\n                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers\n                    : blockString(ss, ctx, onComment, onChompKeep);\n            case Scalar.Scalar.QUOTE_DOUBLE:\n                return doubleQuotedString(ss.value, ctx);\n            case Scalar.Scalar.QUOTE_SINGLE:\n                return singleQuotedString(ss.value, ctx);\n            case Scalar.Scalar.PLAIN:\n                return plainString(ss, ctx, onComment, onChompKeep);\n            default:\n                return null;\n        }\n    };\n    let res = _stringify(type);\n    if (res === null) {\n        const { defaultKeyType, defaultStringType } = ctx.options;\n        const t = (implicitKey && defaultKeyType) || defaultStringType;\n        res = _stringify(t);\n        if (res === null)\n            throw new Error(`Unsupported default string type ${t}`);\n    }\n    return res;\n}\n\nexports.stringifyString = stringifyString;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/stringify/stringifyString.js"),

/***/ 4190: __nccwpck_lazy(["__unused_webpack_module","exports","__nccwpck_require__"], "\"use strict\";\n\n\n\nvar identity = __nccwpck_require__(1737);\n\nconst BREAK = Symbol('break visit');\nconst SKIP = Symbol('skip children');\nconst REMOVE = Symbol('remove node');\n/**\n * Apply a visitor to an AST node or document.\n *\n * Walks through the tree (depth-first) starting from `node`, calling a\n * `visitor` function with three arguments:\n *   - `key`: For sequence values and map `Pair`, the node's index in the\n *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.\n *     `null` for the root node.\n *   - `node`: The current node.\n *   - `path`: The ancestry of the current node.\n *\n * The return value of the visitor may be used to control the traversal:\n *   - `undefined` (default): Do nothing and continue\n *   - `visit.SKIP`: Do not visit the children of this node, continue with next\n *     sibling\n *   - `visit.BREAK`: Terminate traversal completely\n *   - `visit.REMOVE`: Remove the current node, then continue with the next one\n *   - `Node`: Replace the current node, then continue by visiting it\n *   - `number`: While iterating the items of a sequence or map, set the index\n *     of the next step. This is useful especially if the index of the current\n *     node has changed.\n *\n * If `visitor` is a single function, it will be called with all values\n * encountered in the tree, including e.g. `null` values. Alternatively,\n * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,\n * `Alias` and `Scalar` node. To define the same visitor function for more than\n * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)\n * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most\n * specific defined one will be used for each node.\n */\nfunction visit(node, visitor) {\n    const visitor_ = initVisitor(visitor);\n    if (identity.isDocument(node)) {\n        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));\n        if (cd === REMOVE)\n            node.contents = null;\n    }\n    else\n        visit_(null, node, visitor_, Object.freeze([]));\n}\n// Without the `as symbol` casts, TS declares these in the `visit`\n// namespace using `var`, but then complains about that because\n// `unique symbol` must be `const`.\n/** Terminate visit traversal completely */\nvisit.BREAK = BREAK;\n/** Do not visit the children of the current node */\nvisit.SKIP = SKIP;\n/** Remove the current node */\nvisit.REMOVE = REMOVE;\nfunction visit_(key, node, visitor, path) {\n    const ctrl = callVisitor(key, node, visitor, path);\n    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {\n        replaceNode(key, path, ctrl);\n        return visit_(key, ctrl, visitor, path);\n    }\n    if (typeof ctrl !== 'symbol') {\n        if (identity.isCollection(node)) {\n            path = Object.freeze(path.concat(node));\n            for (let i = 0; i < node.items.length; ++i) {\n                const ci = visit_(i, node.items[i], visitor, path);\n                if (typeof ci === 'number')\n                    i = ci - 1;\n                else if (ci === BREAK)\n                    return BREAK;\n                else if (ci === REMOVE) {\n                    node.items.splice(i, 1);\n                    i -= 1;\n                }\n            }\n        }\n        else if (identity.isPair(node)) {\n            path = Object.freeze(path.concat(node));\n            const ck = visit_('key', node.key, visitor, path);\n            if (ck === BREAK)\n                return BREAK;\n            else if (ck === REMOVE)\n                node.key = null;\n            const cv = visit_('value', node.value, visitor, path);\n            if (cv === BREAK)\n                return BREAK;\n            else if (cv === REMOVE)\n                node.value = null;\n        }\n    }\n    return ctrl;\n}\n/**\n * Apply an async visitor to an AST node or document.\n *\n * Walks through the tree (depth-first) starting from `node`, calling a\n * `visitor` function with three arguments:\n *   - `key`: For sequence values and map `Pair`, the node's index in the\n *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.\n *     `null` for the root node.\n *   - `node`: The current node.\n *   - `path`: The ancestry of the current node.\n *\n * The return value of the visitor may be used to control the traversal:\n *   - `Promise`: Must resolve to one of the following values\n *   - `undefined` (default): Do nothing and continue\n *   - `visit.SKIP`: Do not visit the children of this node, continue with next\n *     sibling\n *   - `visit.BREAK`: Terminate traversal completely\n *   - `visit.REMOVE`: Remove the current node, then continue with the next one\n *   - `Node`: Replace the current node, then continue by visiting it\n *   - `number`: While iterating the items of a sequence or map, set the index\n *     of the next step. This is useful especially if the index of the current\n *     node has changed.\n *\n * If `visitor` is a single function, it will be called with all values\n * encountered in the tree, including e.g. `null` values. Alternatively,\n * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,\n * `Alias` and `Scalar` node. To define the same visitor function for more than\n * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)\n * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most\n * specific defined one will be used for each node.\n */\nasync function visitAsync(node, visitor) {\n    const visitor_ = initVisitor(visitor);\n    if (identity.isDocument(node)) {\n        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));\n        if (cd === REMOVE)\n            node.contents = null;\n    }\n    else\n        await visitAsync_(null, node, visitor_, Object.freeze([]));\n}\n// Without the `as symbol` casts, TS declares these in the `visit`\n// namespace using `var`, but then complains about that because\n// `unique symbol` must be `const`.\n/** Terminate visit traversal completely */\nvisitAsync.BREAK = BREAK;\n/** Do not visit the children of the current node */\nvisitAsync.SKIP = SKIP;\n/** Remove the current node */\nvisitAsync.REMOVE = REMOVE;\nasync function visitAsync_(key, node, visitor, path) {\n    const ctrl = await callVisitor(key, node, visitor, path);\n    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {\n        replaceNode(key, path, ctrl);\n        return visitAsync_(key, ctrl, visitor, path);\n    }\n    if (typeof ctrl !== 'symbol') {\n        if (identity.isCollection(node)) {\n            path = Object.freeze(path.concat(node));\n            for (let i = 0; i < node.items.length; ++i) {\n                const ci = await visitAsync_(i, node.items[i], visitor, path);\n                if (typeof ci === 'number')\n                    i = ci - 1;\n                else if (ci === BREAK)\n                    return BREAK;\n                else if (ci === REMOVE) {\n                    node.items.splice(i, 1);\n                    i -= 1;\n                }\n            }\n        }\n        else if (identity.isPair(node)) {\n            path = Object.freeze(path.concat(node));\n            const ck = await visitAsync_('key', node.key, visitor, path);\n            if (ck === BREAK)\n                return BREAK;\n            else if (ck === REMOVE)\n                node.key = null;\n            const cv = await visitAsync_('value', node.value, visitor, path);\n            if (cv === BREAK)\n                return BREAK;\n            else if (cv === REMOVE)\n                node.value = null;\n        }\n    }\n    return ctrl;\n}\nfunction initVisitor(visitor) {\n    if (typeof visitor === 'object' &&\n        (visitor.Collection || visitor.Node || visitor.Value)) {\n        return Object.assign({\n            Alias: visitor.Node,\n            Map: visitor.Node,\n            Scalar: visitor.Node,\n            Seq: visitor.Node\n        }, visitor.Value && {\n            Map: visitor.Value,\n            Scalar: visitor.Value,\n            Seq: visitor.Value\n        }, visitor.Collection && {\n            Map: visitor.Collection,\n            Seq: visitor.Collection\n        }, visitor);\n    }\n    return visitor;\n}\nfunction callVisitor(key, node, visitor, path) {\n    if (typeof visitor === 'function')\n        return visitor(key, node, path);\n    if (identity.isMap(node))\n        return visitor.Map?.(key, node, path);\n    if (identity.isSeq(node))\n        return visitor.Seq?.(key, node, path);\n    if (identity.isPair(node))\n        return visitor.Pair?.(key, node, path);\n    if (identity.isScalar(node))\n        return visitor.Scalar?.(key, node, path);\n    if (identity.isAlias(node))\n        return visitor.Alias?.(key, node, path);\n    return undefined;\n}\nfunction replaceNode(key, path, node) {\n    const parent = path[path.length - 1];\n    if (identity.isCollection(parent)) {\n        parent.items[key] = node;\n    }\n    else if (identity.isPair(parent)) {\n        if (key === 'key')\n            parent.key = node;\n        else\n            parent.value = node;\n    }\n    else if (identity.isDocument(parent)) {\n        parent.contents = node;\n    }\n    else {\n        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';\n        throw new Error(`Cannot replace node with ${pt} parent`);\n    }\n}\n\nexports.visit = visit;\nexports.visitAsync = visitAsync;\n\n\n//# sourceURL=webpack-lazy://node_modules/yaml/dist/visit.js"),

/***/ 618:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8937);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2040);


await (0,_shared_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)(_main_js__WEBPACK_IMPORTED_MODULE_1__/* .ACTION */ .h, _main_js__WEBPACK_IMPORTED_MODULE_1__/* .run */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2040:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ ACTION),
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./shared/core.js + 1 modules
var core = __nccwpck_require__(1896);
// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(9952);
;// CONCATENATED MODULE: ./shared/summary.js

function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
/** Whether a job summary can be written (the runner, the local CLI and the e2e harness set this). */
function summaryAvailable() {
    return Boolean(process.env.GITHUB_STEP_SUMMARY);
}
/** Writes a heading and a table (cells are escaped) to the job summary; silently skipped outside a runner. */
async function writeSummaryTable(table) {
    if (!summaryAvailable())
        return;
    const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
    const html = [
        `<h3>${escapeHtml(table.heading)}</h3>`,
        ...(table.intro ? [`<p>${escapeHtml(table.intro)}</p>`] : []),
        `<table>${row(table.columns, 'th')}${table.rows.map((cells) => row(cells, 'td')).join('')}</table>`,
        '',
    ];
    core/* appendSummary */.fe(html.join('\n'));
}
/** An error/warning/notice annotation, optionally pinned to a file and line. */
function annotate(level, message, place = {}) {
    const properties = {};
    if (place.title)
        properties.title = place.title;
    if (place.file)
        properties.file = place.file;
    if (place.line)
        properties.startLine = place.line;
    if (place.column)
        properties.startColumn = place.column;
    const emit = level === 'error' ? core/* error */.z3 : level === 'warning' ? core/* warning */.$e : core/* notice */.lm;
    emit(message, properties);
}
/** Sets every output; objects and arrays become JSON. */
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value === undefined)
            continue;
        core/* setOutput */.uH(name, typeof value === 'object' ? JSON.stringify(value) : String(value));
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./actions/lockfile-check/json-position.js
/**
 * Offset of the first JSON syntax error in `text` (V8 does not always say where: "Unexpected token '}',
 * … is not valid JSON"). A minimal recursive-descent scanner; only called after JSON.parse failed.
 */
function jsonErrorOffset(text) {
    let at = 0;
    const fail = () => {
        throw at;
    };
    const space = () => {
        while (at < text.length && ' \t\n\r'.includes(text[at]))
            at++;
    };
    const literal = (word) => {
        for (const char of word) {
            if (text[at] !== char)
                fail();
            at++;
        }
    };
    const string = () => {
        at++;
        while (at < text.length && text[at] !== '"') {
            const code = text.charCodeAt(at);
            if (code < 0x20)
                fail();
            if (text[at] === '\\') {
                at++;
                if (text[at] === 'u') {
                    if (!/^[0-9a-fA-F]{4}$/.test(text.slice(at + 1, at + 5)))
                        fail();
                    at += 4;
                }
                else if (!'"\\/bfnrt'.includes(text[at] ?? 'x'))
                    fail();
            }
            at++;
        }
        if (text[at] !== '"')
            fail();
        at++;
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at, at + 400));
        if (!match || match[0] === '' || match[0] === '-')
            fail();
        at += match[0].length;
    };
    const value = () => {
        space();
        const char = text[at];
        if (char === '{') {
            at++;
            space();
            if (text[at] === '}') {
                at++;
                return;
            }
            for (;;) {
                space();
                if (text[at] !== '"')
                    fail();
                string();
                space();
                if (text[at] !== ':')
                    fail();
                at++;
                value();
                space();
                if (text[at] === ',')
                    at++;
                else if (text[at] === '}') {
                    at++;
                    return;
                }
                else
                    fail();
            }
        }
        if (char === '[') {
            at++;
            space();
            if (text[at] === ']') {
                at++;
                return;
            }
            for (;;) {
                value();
                space();
                if (text[at] === ',')
                    at++;
                else if (text[at] === ']') {
                    at++;
                    return;
                }
                else
                    fail();
            }
        }
        if (char === '"')
            string();
        else if (char === 't')
            literal('true');
        else if (char === 'f')
            literal('false');
        else if (char === 'n')
            literal('null');
        else
            number();
    };
    try {
        value();
        space();
        if (at < text.length)
            fail();
    }
    catch (offset) {
        if (typeof offset === 'number')
            return Math.min(offset, text.length);
        throw offset;
    }
    return text.length;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/files.js



/** A manifest or lockfile that cannot be read or parsed: becomes a `parse` problem on that line. */
class FileProblem extends Error {
    file;
    line;
    constructor(file, line, message) {
        super(message);
        this.file = file;
        this.line = line;
    }
}
// Files and folders are read synchronously: the check is synchronous work anyway, a read is one system call
// without a thread-pool round trip (libuv starts its threads on first use), and node:fs/promises alone
// costs over a millisecond of start-up to load.
async function readText(cwd, path) {
    try {
        return { path, text: (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.resolve)(cwd, path), 'utf8') };
    }
    catch (error) {
        const code = error.code ?? 'error';
        throw new FileProblem(path, 1, `cannot read ${path}: ${code}`);
    }
}
/** `fs.promises.readdir(path, { withFileTypes: true })`, read synchronously. */
async function readDirents(path) {
    return (0,external_node_fs_.readdirSync)(path, { withFileTypes: true });
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1))
        line++;
    return line;
}
function parseJson(file) {
    try {
        return JSON.parse(file.text);
    }
    catch (error) {
        const reason = error.message;
        const line = lineAt(file.text, jsonErrorOffset(file.text));
        const short = reason
            .replace(/ in JSON at position \d+.*$/s, '')
            .replace(/, (\.\.\.)?".*$/s, '')
            .replace(/\s+/g, ' ')
            .replace(/^Unexpected end of JSON input$/, 'unexpected end of file');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid JSON: ${short}`);
    }
}
// The TOML and YAML parsers are evaluated only when a lockfile needs them (most repositories have neither):
// eager imports stay inside the single-file bundle.
/** `bigints`: integers as bigint, so they stay apart from floats (Poetry's hash needs the difference). */
async function parseTomlText(file, bigints = false) {
    const { parse: parseToml, TomlError } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 1746));
    try {
        return (bigints ? parseToml(file.text, { integersAsBigInt: true }) : parseToml(file.text));
    }
    catch (error) {
        const line = error instanceof TomlError ? error.line : 1;
        const reason = error.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid TOML: ${reason}`);
    }
}
async function parseYamlText(file) {
    const { parse: parseYaml, YAMLParseError } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6637, 19));
    try {
        return parseYaml(file.text, { uniqueKeys: false, maxAliasCount: -1 });
    }
    catch (error) {
        const line = error instanceof YAMLParseError ? (error.linePos?.[0]?.line ?? 1) : 1;
        const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new FileProblem(file.path, line, `${file.path}:${line}: invalid YAML: ${reason}`);
    }
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The string entries of an object field (`dependencies`, …); anything else is empty. */
function stringMap(value) {
    const out = {};
    if (!isRecord(value))
        return out;
    for (const [key, spec] of Object.entries(value))
        if (typeof spec === 'string')
            out[key] = spec;
    return out;
}
/**
 * The line of `key` inside a section, found textually (parsers drop positions): the first line matching
 * `item` after the first line matching `section`, or the section line, or 1.
 */
function findLine(text, section, item) {
    const lines = text.split('\n');
    let start = 0;
    if (section) {
        const found = lines.findIndex((line) => section.test(line));
        if (found === -1)
            return 1;
        start = found;
    }
    if (item) {
        for (let index = start; index < lines.length; index++)
            if (item.test(lines[index]))
                return index + 1;
        if (!section)
            return 1;
    }
    return start + 1;
}
/** The line of `[[package]]` `name = "…"` in a TOML lockfile (Cargo.lock, uv.lock, poetry.lock), or 1. */
function tomlPackageLine(text, name) {
    return findLine(text, undefined, new RegExp(`^name = "${escapeRegex(name)}"`));
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/discover.js



/** Folders never scanned: installed dependencies and build output, not the project's own manifests. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'vendor', 'target', '.venv']);
const LOCKFILES = [
    ['npm-shrinkwrap.json', 'npm'],
    ['package-lock.json', 'npm'],
    ['pnpm-lock.yaml', 'pnpm'],
    ['yarn.lock', 'yarn'],
    ['uv.lock', 'uv'],
    ['poetry.lock', 'poetry'],
    ['Cargo.lock', 'cargo'],
    ['go.sum', 'go'],
];
/** Manifest file → the lockfile family that pins it. */
const MANIFESTS = {
    'package.json': 'js',
    'pyproject.toml': 'python',
    'Cargo.toml': 'cargo',
    'go.mod': 'go',
};
const FAMILY = {
    npm: 'js',
    pnpm: 'js',
    yarn: 'js',
    uv: 'python',
    poetry: 'python',
    cargo: 'cargo',
    go: 'go',
};
const MANIFEST_OF = {
    js: 'package.json',
    python: 'pyproject.toml',
    cargo: 'Cargo.toml',
    go: 'go.mod',
};
function ignored(path, rootRelative, patterns) {
    return patterns.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(path, pattern) || (0,external_node_path_namespaceObject.matchesGlob)(rootRelative, pattern));
}
/** Walks the tree under `root` and pairs each manifest with its lockfile (either may be missing). */
async function discover(options) {
    const folders = new Map();
    const ignoredFamilies = new Set();
    const prefix = options.root === '.' ? '' : `${options.root}/`;
    async function walk(dir) {
        let entries;
        try {
            entries = await readDirents((0,external_node_path_namespaceObject.resolve)(options.cwd, dir));
        }
        catch (error) {
            // An unreadable subfolder (permissions, removed meanwhile) holds nothing we can check.
            if (dir !== options.root)
                return;
            throw error;
        }
        const files = new Set();
        const subdirs = [];
        for (const entry of entries) {
            const path = dir === '.' ? entry.name : `${dir}/${entry.name}`;
            const rootRelative = path.slice(prefix.length);
            if (ignored(path, rootRelative, options.ignore)) {
                // An ignored lockfile still pins its manifest: that manifest is not "missing" one.
                const locked = LOCKFILES.find(([name]) => name === entry.name);
                if (locked)
                    ignoredFamilies.add(`${dir}\0${FAMILY[locked[1]]}`);
                continue;
            }
            if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
                subdirs.push(path);
            else if (entry.isFile() && (MANIFESTS[entry.name] || LOCKFILES.some(([name]) => name === entry.name)))
                files.add(entry.name);
        }
        if (files.size)
            folders.set(dir, files);
        for (const subdir of subdirs.sort())
            await walk(subdir);
    }
    await walk(options.root);
    const pairs = [];
    const conflicts = [];
    const lockedFamilies = new Map();
    for (const [dir, files] of folders) {
        const families = new Set();
        for (const [name, ecosystem] of LOCKFILES)
            if (files.has(name))
                families.add(FAMILY[ecosystem]);
        lockedFamilies.set(dir, families);
    }
    const coveredByAncestor = (dir, family) => {
        for (let parent = external_node_path_namespaceObject.posix.dirname(dir);; parent = external_node_path_namespaceObject.posix.dirname(parent)) {
            if (lockedFamilies.get(parent)?.has(family))
                return true;
            if (parent === '.' || parent === '/' || parent === external_node_path_namespaceObject.posix.dirname(parent))
                return false;
        }
    };
    for (const [dir, files] of folders) {
        const present = LOCKFILES.filter(([name]) => files.has(name));
        const byFamily = new Map();
        for (const entry of present) {
            const family = FAMILY[entry[1]];
            byFamily.set(family, [...(byFamily.get(family) ?? []), entry]);
        }
        for (const [family, locks] of byFamily) {
            if (locks.length > 1)
                conflicts.push({ dir, lockfiles: locks.map(([name]) => external_node_path_namespaceObject.posix.join(dir, name)) });
            // npm reads npm-shrinkwrap.json and ignores package-lock.json when both exist.
            const used = locks.filter(([name], index) => !(name === 'package-lock.json' && locks[index - 1]?.[0] === 'npm-shrinkwrap.json'));
            const manifestName = MANIFEST_OF[family];
            for (const [name, ecosystem] of used) {
                pairs.push({
                    ecosystem,
                    dir,
                    manifest: files.has(manifestName) ? external_node_path_namespaceObject.posix.join(dir, manifestName) : undefined,
                    lockfile: external_node_path_namespaceObject.posix.join(dir, name),
                });
            }
        }
        for (const [manifestName, family] of Object.entries(MANIFESTS)) {
            if (!files.has(manifestName) || byFamily.has(family) || coveredByAncestor(dir, family))
                continue;
            if (ignoredFamilies.has(`${dir}\0${family}`))
                continue;
            const ecosystem = await guessEcosystem((0,external_node_path_namespaceObject.resolve)(options.cwd, dir, manifestName), family);
            pairs.push({ ecosystem, dir, manifest: external_node_path_namespaceObject.posix.join(dir, manifestName) });
        }
    }
    const wanted = new Set(options.ecosystems);
    return { pairs: pairs.filter((pair) => wanted.has(pair.ecosystem)), conflicts };
}
/** Which package manager a manifest without a lockfile is meant for (`packageManager`, `[tool.poetry]`). */
async function guessEcosystem(path, family) {
    if (family === 'cargo')
        return 'cargo';
    if (family === 'go')
        return 'go';
    let text = '';
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch { }
    if (family === 'python')
        return /^\[tool\.poetry[\].]/m.test(text) ? 'poetry' : 'uv';
    const manager = /"packageManager"\s*:\s*"(pnpm|yarn|npm)@/.exec(text);
    return manager?.[1] ?? 'npm';
}

;// CONCATENATED MODULE: ./actions/lockfile-check/problems.js

/** Collects the problems of one lockfile check, with the ecosystem and fix command filled in. */
class Problems {
    ecosystem;
    fix;
    list = [];
    constructor(ecosystem, fix) {
        this.ecosystem = ecosystem;
        this.fix = fix;
    }
    add(kind, file, line, pkg, message, fix = this.fix) {
        this.record('error', kind, file, line, pkg, message, fix);
    }
    /** Reported, but does not fail the step. */
    warn(kind, file, line, pkg, message, fix = this.fix) {
        this.record('warning', kind, file, line, pkg, message, fix);
    }
    record(severity, kind, file, line, pkg, message, fix) {
        this.list.push({ file, line, ecosystem: this.ecosystem, kind, package: pkg, message, fix, severity });
    }
    /** Runs a check; an unreadable or unparsable file becomes one `parse` problem instead of a crash. */
    async guard(check) {
        try {
            await check();
        }
        catch (error) {
            if (!(error instanceof FileProblem))
                throw error;
            this.add('parse', error.file, error.line, '', error.message, `fix the syntax of ${error.file}`);
        }
        return this.list;
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/security.js
/** The verdicts of an allowed-host list by host name: a lockfile has thousands of URLs and a few hosts. */
const verdictsOf = new WeakMap();
/** `registry.npmjs.org` matches itself; `*.example.com` matches any subdomain. */
function hostAllowed(host, allowed) {
    let verdicts = verdictsOf.get(allowed);
    if (!verdicts) {
        verdicts = new Map();
        verdictsOf.set(allowed, verdicts);
    }
    let verdict = verdicts.get(host);
    if (verdict === undefined) {
        const wanted = host.toLowerCase();
        verdict = allowed.some((entry) => {
            const pattern = entry
                .toLowerCase()
                .replace(/^[a-z+]+:\/\//, '')
                .replace(/\/.*$/, '');
            if (pattern.startsWith('*.'))
                return wanted.endsWith(pattern.slice(1));
            return wanted === pattern;
        });
        verdicts.set(host, verdict);
    }
    return verdict;
}
// `https://registry.npmjs.org/@scope/name/-/name-1.0.0.tgz`: lower-case host names whose last label starts with a
// letter, paths of letters, digits and -._~@+ without dot segments. The WHATWG parser returns these unchanged,
// so they are split here (parsing thousands of them was most of the security checks' time on a big lockfile);
// anything it could normalise (case, ports, credentials, escapes, IDNA, IPv4 forms, queries) goes to URL.
const PLAIN_URL = /^(https?:)\/\/((?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*)(\/[A-Za-z0-9\-._~@+/]*)$/;
/** The last URL split: checkUrl and checkTarballName look at the same one in turn. */
let lastUrl;
let lastParts;
/** `new URL(url)`'s protocol, hostname and pathname, or undefined when it throws. */
function urlParts(url) {
    if (url === lastUrl)
        return lastParts;
    let parts;
    const match = PLAIN_URL.exec(url);
    if (match &&
        !match[2].includes('xn--') &&
        !(match[3].includes('/.') && /\/\.\.?(?:\/|$)/.test(match[3])))
        parts = { protocol: match[1], hostname: match[2], pathname: match[3] };
    else {
        try {
            const parsed = new URL(url);
            parts = { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname };
        }
        catch { }
    }
    lastUrl = url;
    lastParts = parts;
    return parts;
}
/** Checks an URL a package resolves to: allowed host and https. Non-URL specs (file:, git+ssh…) are skipped. */
function checkUrl(url, security, defaultHosts) {
    const parsed = urlParts(url);
    if (!parsed)
        return [];
    const findings = [];
    const web = parsed.protocol === 'http:' || parsed.protocol === 'https:';
    if (security.requireHttps && parsed.protocol === 'http:') {
        findings.push({ kind: 'https', message: `resolves over plain http: ${url}` });
    }
    const hosts = security.allowedHosts ?? defaultHosts;
    if (web && !hostAllowed(parsed.hostname, hosts)) {
        findings.push({
            kind: 'host',
            message: `resolves from ${parsed.hostname}, which is not an allowed host (${hosts.join(', ')})`,
        });
    }
    return findings;
}
/** A sha512 Subresource Integrity value (`sha512-…`); several space-separated hashes are allowed. */
function hasSha512(integrity) {
    if (typeof integrity !== 'string')
        return false;
    return integrity.startsWith('sha512-') || integrity.split(/\s+/).some((hash) => hash.startsWith('sha512-'));
}
function checkIntegrity(integrity, security) {
    if (!security.requireIntegrity || hasSha512(integrity))
        return [];
    const what = typeof integrity === 'string' && integrity
        ? `a weak integrity hash (${integrity.split('-')[0]})`
        : 'no integrity hash';
    return [{ kind: 'integrity', message: `has ${what}; expected sha512` }];
}
/**
 * An npm-style tarball URL must carry the package's own name (`/<name>/-/<base>-<version>.tgz`), else a
 * lockfile entry can install a different package than it claims (name confusion).
 */
function checkTarballName(name, url) {
    const parsed = urlParts(url);
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
        return [];
    let path = parsed.pathname;
    try {
        if (path.includes('%'))
            path = decodeURIComponent(path);
    }
    catch {
        return [];
    }
    if (!path.includes('/-/') && !path.endsWith('.tgz'))
        return [];
    const base = name.startsWith('@') ? name.slice(name.indexOf('/') + 1) : name;
    const expected = `/${name}/-/${base}-`;
    if (path.includes(expected))
        return [];
    return [
        {
            kind: 'name-mismatch',
            message: `is named ${name} but resolves to a tarball of another package: ${url}`,
        },
    ];
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-workspaces.js


/** The `workspaces` globs of a package.json (array or `{ packages: [...] }`). */
function workspacePatterns(manifest) {
    const field = manifest.workspaces;
    const list = Array.isArray(field)
        ? field
        : isRecord(field) && Array.isArray(field.packages)
            ? field.packages
            : [];
    return list.filter((item) => typeof item === 'string');
}
const SKIP = new Set(['node_modules', '.git', '.venv', 'target']);
/** Folders (relative, `/`-separated) holding `marker` (package.json) that the workspace globs match. */
async function expandWorkspaces(root, patterns, maxDepth = 4, marker = 'package.json') {
    const include = patterns.filter((pattern) => !pattern.startsWith('!')).map(normalise);
    const exclude = patterns
        .filter((pattern) => pattern.startsWith('!'))
        .map((pattern) => normalise(pattern.slice(1)));
    if (include.length === 0)
        return [];
    const found = [];
    async function walk(relative, depth) {
        let entries;
        try {
            entries = await readDirents((0,external_node_path_namespaceObject.join)(root, relative));
        }
        catch {
            return;
        }
        if (relative !== '' &&
            entries.some((entry) => entry.isFile() && entry.name === marker) &&
            include.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(relative, pattern)) &&
            !exclude.some((pattern) => (0,external_node_path_namespaceObject.matchesGlob)(relative, pattern))) {
            found.push(relative);
        }
        if (depth >= maxDepth)
            return;
        for (const entry of entries) {
            if (!entry.isDirectory() || SKIP.has(entry.name))
                continue;
            await walk(relative === '' ? entry.name : external_node_path_namespaceObject.posix.join(relative, entry.name), depth + 1);
        }
    }
    await walk('', 0);
    return found.sort();
}
function normalise(pattern) {
    return external_node_path_namespaceObject.posix.normalize(pattern.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/semver.js
// node-semver, evaluated on first need only: setting it up (a few hundred regular expressions) costs several
// milliseconds of a run that may never need it. The eager import keeps it inside the single-file bundle.
let semver;
async function loadSemver() {
    semver ??= (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4978, 19))).default;
    return semver;
}
function semverIfLoaded() {
    return semver;
}
/** Thrown by synchronous checks that need node-semver before it was loaded (see withSemver). */
class SemverNotLoaded extends Error {
}
/**
 * Runs a synchronous check; when it needed node-semver before it was loaded, `reset` undoes what the first
 * attempt recorded, node-semver is loaded and the check runs again.
 */
async function withSemver(check, reset) {
    try {
        check();
        return;
    }
    catch (error) {
        if (!(error instanceof SemverNotLoaded))
            throw error;
    }
    reset();
    await loadSemver();
    check();
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/cargo.js






const FIX = 'cargo update --workspace';
const HOSTS = ['github.com', 'index.crates.io'];
const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];
function table(value) {
    return isRecord(value) ? value : {};
}
/** Cargo requirement → node-semver range: `1.2` → `^1.2`, `=1.0.3` stays, `>=1, <2` → `>=1 <2`. */
function cargoRange(requirement) {
    return requirement
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => (/^\d/.test(part) ? `^${part}` : part.replace(/\s+/g, '')))
        .join(' ');
}
/** Every dependency a Cargo.toml declares: normal, dev, build and `[target.'cfg(..)'.*]`, with renames resolved. */
function cargoDependencies(manifest, workspaceDeps) {
    const out = [];
    const collect = (tables, prefix) => {
        for (const section of DEPENDENCY_TABLES) {
            for (const [key, raw] of Object.entries(table(tables[section]))) {
                let spec = raw;
                if (isRecord(raw) && raw.workspace === true) {
                    const inherited = workspaceDeps[key];
                    spec = isRecord(inherited)
                        ? { ...inherited, ...raw }
                        : typeof inherited === 'string'
                            ? { ...raw, version: inherited }
                            : raw;
                }
                const details = typeof spec === 'string' ? { version: spec } : table(spec);
                out.push({
                    key,
                    name: typeof details.package === 'string' ? details.package : key,
                    requirement: typeof details.version === 'string' ? details.version : undefined,
                    path: typeof details.path === 'string' ? details.path : undefined,
                    section: `${prefix}${section}`,
                });
            }
        }
    };
    collect(manifest, '');
    for (const [cfg, tables] of Object.entries(table(manifest.target)))
        collect(table(tables), `target.${cfg}.`);
    return out;
}
class CargoCheck {
    context;
    problems = new Problems('cargo', FIX);
    lock;
    semver;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.semver = await loadSemver();
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseTomlText(this.lock);
        const version = data.version;
        if (version !== undefined && version !== 3 && version !== 4) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^version\s*=/), '', `${this.lock.path} has version ${String(version)}, which this action does not know (expected 3 or 4); refusing to pass it unchecked`);
            return;
        }
        const manifest = await readText(cwd, pair.manifest);
        const root = await parseTomlText(manifest);
        const workspace = table(root.workspace);
        const crates = [];
        if (isRecord(root.package))
            crates.push(this.crate('.', manifest, root, workspace));
        const members = (Array.isArray(workspace.members) ? workspace.members : []).filter((item) => typeof item === 'string');
        const excluded = (Array.isArray(workspace.exclude) ? workspace.exclude : []).filter((item) => typeof item === 'string');
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), [...members, ...excluded.map((item) => `!${item}`)], 4, 'Cargo.toml');
        for (const dir of folders) {
            const file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, dir, 'Cargo.toml'));
            const parsed = await parseTomlText(file);
            if (isRecord(parsed.package))
                crates.push(this.crate(dir, file, parsed, workspace));
        }
        const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
        for (const crate of crates)
            this.checkCrate(crate, packages);
        this.checkSources(packages);
    }
    crate(dir, manifest, parsed, workspace) {
        const pkg = table(parsed.package);
        const inherited = table(workspace.package);
        const version = isRecord(pkg.version) && pkg.version.workspace === true ? inherited.version : pkg.version;
        return {
            dir,
            manifest,
            name: String(pkg.name ?? ''),
            version: typeof version === 'string' ? version : '0.0.0',
            dependencies: cargoDependencies(parsed, table(workspace.dependencies)),
        };
    }
    checkCrate(crate, packages) {
        const { manifest } = crate;
        const local = packages.filter((entry) => entry.name === crate.name && entry.source === undefined);
        const nameLine = findLine(manifest.text, /^\[package\]/, /^name\s*=/);
        if (local.length === 0) {
            this.problems.add('workspace', manifest.path, nameLine, crate.name, `crate ${crate.name} (${crate.dir}) is not in ${this.lock.path}`);
            return;
        }
        const entry = local.find((item) => item.version === crate.version);
        if (!entry) {
            this.problems.add('workspace', manifest.path, findLine(manifest.text, /^\[package\]/, /^version\s*=/), crate.name, `${crate.name} is version ${crate.version} but ${this.lock.path} locks ${String(local[0].version)}`);
            return;
        }
        // `dependencies = ["serde", "serde 1.0.1", "serde 1.0.1 (registry+…)"]`: name, then version when ambiguous.
        const locked = new Map();
        for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
            const [name, version] = String(item).split(' ');
            locked.set(name, version);
        }
        const wanted = new Set();
        for (const dependency of crate.dependencies) {
            wanted.add(dependency.name);
            const line = findLine(manifest.text, new RegExp(`^\\[${escapeRegex(dependency.section).replace(/\\\./g, '["\']?\\.["\']?')}`), new RegExp(`^${escapeRegex(dependency.key)}\\s*[=.]`));
            if (!locked.has(dependency.name)) {
                this.problems.add('not-locked', manifest.path, line, dependency.name, `${dependency.name} (${dependency.section} of ${crate.name}) is not in ${this.lock.path}`);
                continue;
            }
            if (!dependency.requirement || dependency.path)
                continue;
            const version = locked.get(dependency.name) ??
                String(packages.find((item) => item.name === dependency.name)?.version ?? '');
            const range = cargoRange(dependency.requirement);
            if (version && this.semver.validRange(range) && !this.semver.satisfies(version, range)) {
                this.problems.add('unsatisfied', manifest.path, line, dependency.name, `${this.lock.path} locks ${dependency.name} ${version}, which does not satisfy "${dependency.requirement}" (${dependency.section} of ${crate.name})`);
            }
        }
        for (const name of locked.keys()) {
            if (wanted.has(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, new RegExp(`^name = "${escapeRegex(crate.name)}"`), new RegExp(`^\\s*"${escapeRegex(name)}[ "]`)), name, `${name} is locked as a dependency of ${crate.name} but Cargo.toml no longer declares it`);
        }
    }
    checkSources(packages) {
        for (const entry of packages) {
            const source = typeof entry.source === 'string' ? entry.source : '';
            const registry = /^(registry|sparse)\+(.*)$/.exec(source);
            if (!registry)
                continue;
            const name = String(entry.name ?? '');
            const line = tomlPackageLine(this.lock.text, name);
            const findings = checkUrl(registry[2], this.context.security, HOSTS);
            if (this.context.security.requireIntegrity && typeof entry.checksum !== 'string') {
                findings.push({ kind: 'integrity', message: 'has no checksum' });
            }
            for (const finding of findings)
                this.problems.add(finding.kind, this.lock.path, line, name, `${name} ${String(entry.version ?? '')} ${finding.message}`);
        }
    }
}
const cargo = {
    name: 'cargo',
    lockfiles: ['Cargo.lock'],
    manifest: 'Cargo.toml',
    fix: FIX,
    defaultHosts: HOSTS,
    async declaresDependencies(manifest) {
        const parsed = await parseTomlText(manifest);
        return isRecord(parsed.workspace) || cargoDependencies(parsed, {}).length > 0;
    },
    async check(context) {
        const check = new CargoCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/go.js


const go_FIX = 'go mod tidy';
/** The `require` lines of a go.mod (single and block form), with `replace` directives applied. */
function parseGoMod(file) {
    const requires = [];
    const replaces = new Map();
    let block;
    file.text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.replace(/\/\/.*$/, '').trim();
        if (line === '')
            return;
        if (block) {
            if (line === ')') {
                block = undefined;
                return;
            }
            directive(block, line, index + 1);
            return;
        }
        const opening = /^(require|replace|exclude|retract|tool|godebug|ignore)\s*\($/.exec(line);
        if (opening) {
            block = opening[1];
            return;
        }
        const single = /^(require|replace)\s+(.*)$/.exec(line);
        if (single)
            directive(single[1], single[2], index + 1);
    });
    function directive(kind, text, line) {
        const parts = text.split(/\s+/).map((part) => part.replace(/^"(.*)"$/, '$1'));
        if (kind === 'require') {
            if (parts.length < 2 || !parts[1].startsWith('v')) {
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: expected 'require module/path vX.Y.Z', got '${text}'`);
            }
            requires.push({ path: parts[0], version: parts[1], line });
        }
        else if (kind === 'replace') {
            const arrow = parts.indexOf('=>');
            if (arrow < 1)
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.mod: replace needs '=>'`);
            const target = parts.slice(arrow + 1);
            const local = target[0].startsWith('.') || target[0].startsWith('/');
            const key = arrow === 2 ? `${parts[0]} ${parts[1]}` : parts[0];
            replaces.set(key, local ? null : { path: target[0], version: target[1] ?? '' });
        }
    }
    return requires.flatMap((require) => {
        const replaced = replaces.has(`${require.path} ${require.version}`)
            ? replaces.get(`${require.path} ${require.version}`)
            : replaces.get(require.path);
        if (replaced === null)
            return [];
        return replaced ? [{ ...require, ...replaced }] : [require];
    });
}
/** `module version h1:hash` and `module version/go.mod h1:hash` lines of a go.sum. */
function parseGoSum(file) {
    const lines = new Set();
    file.text.split(/\r?\n/).forEach((raw, index) => {
        const text = raw.trim();
        if (text === '')
            return;
        const parts = text.split(/\s+/);
        if (parts.length !== 3 || !/^h\d+:[A-Za-z0-9+/=]+$/.test(parts[2])) {
            const line = index + 1;
            throw new FileProblem(file.path, line, `${file.path}:${line}: invalid go.sum line: expected 'module version h1:hash'`);
        }
        lines.add(`${parts[0]} ${parts[1]}`);
    });
    return lines;
}
async function check(context, problems) {
    const { cwd, pair } = context;
    const goMod = await readText(cwd, pair.manifest);
    const goSum = await readText(cwd, pair.lockfile);
    const requires = parseGoMod(goMod);
    const sums = parseGoSum(goSum);
    for (const require of requires) {
        const missing = [`${require.version}`, `${require.version}/go.mod`].filter((version) => !sums.has(`${require.path} ${version}`));
        if (missing.length === 0)
            continue;
        const what = missing.length === 2
            ? 'no h1: hash lines'
            : `no ${missing[0].endsWith('/go.mod') ? '/go.mod' : 'module zip'} h1: hash`;
        problems.add('missing-sum', goMod.path, require.line, require.path, `${require.path} ${require.version} has ${what} in ${goSum.path}`);
    }
}
const go = {
    name: 'go',
    lockfiles: ['go.sum'],
    manifest: 'go.mod',
    fix: go_FIX,
    defaultHosts: [],
    declaresDependencies(manifest) {
        return parseGoMod(manifest).length > 0;
    },
    async check(context) {
        const problems = new Problems('go', go_FIX);
        return problems.guard(() => check(context, problems));
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm-ranges.js
// npm version ranges without node-semver on the common path. node-semver costs several milliseconds of every
// run: its module set-up (a few hundred regular expressions) and a regex-driven parse of each distinct range.
// Nearly every range in a lockfile is `^1.2.3`, `~1.2`, `>= 1.2.0 < 2`, `1.x || 2`, `*` or `1.2.3-beta.1`:
// those are read here, desugared exactly as node-semver does in loose mode (Range#parseRange, replaceCaret,
// replaceTilde, replaceXRange, replaceGTE0 and the Range constructor's set clean-up) and tested as Range#test
// does. Anything else (hyphen ranges, `v1`, build metadata, `~>`, odd spacing) goes to node-semver itself:
// a check that meets one runs again once it is loaded (withSemver). __tests__/unit/lockfile-check/
// npm-ranges.test.ts holds both to the same answers.

function lib() {
    const semver = semverIfLoaded();
    if (!semver)
        throw new SemverNotLoaded('node-semver is needed but not loaded yet');
    return semver;
}
// Numbers without leading zeros and far below Number.MAX_SAFE_INTEGER; prerelease identifiers as strict
// semver writes them. Loose-only spellings (`01`, `1.2.3beta`, `v1`) are left to node-semver.
const NUMBER = '0|[1-9]\\d{0,14}';
const IDENTIFIER = `(?:${NUMBER}|[0-9A-Za-z-]*[A-Za-z-][0-9A-Za-z-]*)`;
const PRERELEASE = `${IDENTIFIER}(?:\\.${IDENTIFIER})*`;
const VERSION = new RegExp(`^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${PRERELEASE}))?$`);
const PART = `\\*|x|X|${NUMBER}`;
const COMPARATOR = new RegExp(`^(<=|>=|<|>|=|\\^|~)?(?:(\\*|x|X)|(${NUMBER})(?:\\.(${PART})(?:\\.(${PART})(?:-(${PRERELEASE}))?)?)?)$`);
/** Operators node-semver joins to the version after them (`>= 1.2.3` is `>=1.2.3`, `^ 1` is `^1`). */
const LONE_OPERATORS = new Set(['<', '<=', '>', '>=', '=', '^', '~']);
/** Longer versions could hit node-semver's length limits; they are left to it. */
const MAX_VERSION_LENGTH = 200;
function prerelease(text) {
    if (text === undefined)
        return [];
    return text.split('.').map((id) => (/^\d+$/.test(id) ? Number(id) : id));
}
function parseVersion(text) {
    if (text.length > MAX_VERSION_LENGTH)
        return undefined;
    const match = VERSION.exec(text);
    if (!match)
        return undefined;
    return {
        major: Number(match[1]),
        minor: Number(match[2]),
        patch: Number(match[3]),
        pre: prerelease(match[4]),
    };
}
const versions = new Map();
// Most edges of a lockfile are `^1.2.3`, `~1.2.3` or `1.2.3` against a release version: those are compared as
// numbers, x.y.z ↦ x·2^34 + y·2^17 + z (components of at most five digits stay below 2^17, the sum below 2^53).
const SIMPLE_RANGE = /^([\^~]?)(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;
const RELEASE = /^(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})\.(0|[1-9]\d{0,4})$/;
function releaseNumber(major, minor, patch) {
    return major * 2 ** 34 + minor * 2 ** 17 + patch;
}
const releases = new Map();
function cachedRelease(text) {
    let release = releases.get(text);
    if (release === undefined) {
        const match = RELEASE.exec(text);
        release = match ? releaseNumber(Number(match[1]), Number(match[2]), Number(match[3])) : null;
        releases.set(text, release);
    }
    return release ?? undefined;
}
function cachedVersion(text) {
    let version = versions.get(text);
    if (version === undefined) {
        version = parseVersion(text) ?? null;
        versions.set(text, version);
    }
    return version ?? undefined;
}
function compareIdentifiers(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a < b ? -1 : 1;
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : 1;
}
/** SemVer#compare: main version, then prerelease (none sorts after any). */
function compare(a, b) {
    if (a.major !== b.major)
        return a.major < b.major ? -1 : 1;
    if (a.minor !== b.minor)
        return a.minor < b.minor ? -1 : 1;
    if (a.patch !== b.patch)
        return a.patch < b.patch ? -1 : 1;
    // No prerelease sorts after any prerelease.
    if (a.pre.length === 0)
        return b.pre.length === 0 ? 0 : 1;
    if (b.pre.length === 0)
        return -1;
    for (let index = 0;; index++) {
        const x = a.pre[index];
        const y = b.pre[index];
        if (x === undefined && y === undefined)
            return 0;
        if (y === undefined)
            return 1;
        if (x === undefined)
            return -1;
        if (x !== y)
            return compareIdentifiers(x, y);
    }
}
function testComparator(comparator, version) {
    const order = compare(version, comparator.version);
    switch (comparator.op) {
        case '':
            return order === 0;
        case '<':
            return order < 0;
        case '<=':
            return order <= 0;
        case '>':
            return order > 0;
        case '>=':
            return order >= 0;
    }
}
/** node-semver's testSet: every comparator, and a prerelease only next to a comparator with one on its x.y.z. */
function testSet(set, version) {
    for (const comparator of set)
        if (comparator && !testComparator(comparator, version))
            return false;
    if (version.pre.length === 0)
        return true;
    for (const comparator of set) {
        if (!comparator || comparator.version.pre.length === 0)
            continue;
        const allowed = comparator.version;
        if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch)
            return true;
    }
    return false;
}
function at(op, major, minor, patch, pre = []) {
    // replaceGTE0: `>=0.0.0` is ANY.
    if (op === '>=' && major === 0 && minor === 0 && patch === 0 && pre.length === 0)
        return null;
    return { op, version: { major, minor, patch, pre } };
}
/** `<X.Y.Z-0`: the upper bound node-semver writes for carets, tildes and x-ranges. */
function below(major, minor, patch) {
    return { op: '<', version: { major, minor, patch, pre: [0] } };
}
const isX = (part) => part === undefined || part === 'x' || part === 'X' || part === '*';
/** One comparator token (`^1.2`, `>=1.0.0-rc.1`, `1.x`) desugared onto `set`; false when it is not ours. */
function addComparator(token, set) {
    if (token.length > MAX_VERSION_LENGTH)
        return false;
    const match = COMPARATOR.exec(token);
    if (!match)
        return false;
    const [, op = '', star, majorText, minorText, patchText, preText] = match;
    if (star !== undefined) {
        if (op !== '')
            return false;
        set.push(null);
        return true;
    }
    const major = Number(majorText);
    const xMinor = isX(minorText);
    const xPatch = xMinor || isX(patchText);
    // `1.x.3` (node-semver keeps it as written) and `1.2.x-pre` are left to node-semver.
    if ((xMinor && !isX(patchText)) || (xPatch && preText !== undefined))
        return false;
    const minor = xMinor ? 0 : Number(minorText);
    const patch = xPatch ? 0 : Number(patchText);
    const pre = prerelease(preText);
    if (op === '^') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else if (xPatch)
            set.push(at('>=', major, minor, 0), major === 0 ? below(0, minor + 1, 0) : below(major + 1, 0, 0));
        else {
            const upper = major !== 0 ? below(major + 1, 0, 0) : minor !== 0 ? below(0, minor + 1, 0) : below(0, 0, patch + 1);
            set.push(at('>=', major, minor, patch, pre), upper);
        }
        return true;
    }
    if (op === '~') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else if (xPatch)
            set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
        else
            set.push(at('>=', major, minor, patch, pre), below(major, minor + 1, 0));
        return true;
    }
    if (!xPatch) {
        set.push(at(op === '=' ? '' : op, major, minor, patch, pre));
        return true;
    }
    // replaceXRange with an x somewhere.
    if (op === '' || op === '=') {
        if (xMinor)
            set.push(at('>=', major, 0, 0), below(major + 1, 0, 0));
        else
            set.push(at('>=', major, minor, 0), below(major, minor + 1, 0));
    }
    else if (op === '>') {
        set.push(xMinor ? at('>=', major + 1, 0, 0) : at('>=', major, minor + 1, 0));
    }
    else if (op === '<=') {
        set.push(xMinor ? below(major + 1, 0, 0) : below(major, minor + 1, 0));
    }
    else if (op === '<') {
        set.push(below(major, minor, 0));
    }
    else {
        set.push(at('>=', major, minor, 0));
    }
    return true;
}
const isNull = (comparator) => comparator !== null &&
    comparator.op === '<' &&
    comparator.version.major === 0 &&
    comparator.version.minor === 0 &&
    comparator.version.patch === 0 &&
    comparator.version.pre.length === 1 &&
    comparator.version.pre[0] === 0;
/** Range#parseRange on one `||` alternative, after whitespace was collapsed; undefined when it is not ours. */
function parseSet(text) {
    if (text === '')
        return undefined;
    const tokens = text.split(' ');
    const set = [];
    for (let index = 0; index < tokens.length; index++) {
        let token = tokens[index];
        if (LONE_OPERATORS.has(token)) {
            const next = tokens[++index];
            if (next === undefined || !/^\d/.test(next))
                return undefined;
            token += next;
        }
        if (!addComparator(token, set))
            return undefined;
    }
    // A null set (`<0.0.0-0`) replaces the whole set; ANY is dropped next to anything else.
    const nullSet = set.find(isNull);
    if (nullSet)
        return [nullSet];
    const bounded = set.filter((comparator) => comparator !== null);
    return bounded.length ? bounded : [null];
}
/** The comparator sets of a range as node-semver's Range holds them; undefined when node-semver must decide. */
function parseRange(range) {
    const sets = [];
    for (const part of range.trim().replace(/\s+/g, ' ').split('||')) {
        const set = parseSet(part.trim());
        if (!set)
            return undefined;
        sets.push(set);
    }
    if (sets.length === 1)
        return sets;
    const kept = sets.filter((set) => !isNull(set[0]));
    if (kept.length === 0)
        return [sets[0]];
    return kept.find((set) => set.length === 1 && set[0] === null) ? [[null]] : kept;
}
const ranges = new Map();
function fastRange(range) {
    let sets = ranges.get(range);
    if (sets === undefined) {
        sets = parseRange(range) ?? null;
        ranges.set(range, sets);
    }
    return sets ?? undefined;
}
/** Whether `range` is read here without node-semver (for the tests). */
function isFastRange(range) {
    return fastRange(range) !== undefined;
}
const NOTHING = { test: () => false };
/** `new Range(range, { loose: true })`, ready to test versions; an invalid range satisfies nothing. */
function compileRange(range) {
    return compileSimple(range) ?? compileSets(range, fastRange(range)) ?? compileWithSemver(range);
}
/**
 * `^1.2.3`, `~1.2.3` or `1.2.3` compiled, else undefined. Such a spec is its own range (specTarget would
 * return it unchanged), so callers can skip specTarget for it.
 */
function compileSimple(range) {
    const simple = SIMPLE_RANGE.exec(range);
    if (!simple)
        return undefined;
    // [low, high) as release numbers; prereleases and longer numbers go through the comparator sets.
    const [, op, majorText, minorText, patchText] = simple;
    const major = Number(majorText);
    const minor = Number(minorText);
    const patch = Number(patchText);
    const low = releaseNumber(major, minor, patch);
    const high = op === ''
        ? low + 1
        : op === '~' || (major === 0 && minor !== 0)
            ? releaseNumber(major, minor + 1, 0)
            : major === 0
                ? low + 1
                : releaseNumber(major + 1, 0, 0);
    let general;
    return {
        test(text) {
            const version = cachedRelease(text);
            if (version !== undefined)
                return version >= low && version < high;
            general ??= compileSets(range, fastRange(range));
            return general.test(text);
        },
    };
}
function compileWithSemver(range) {
    const semver = lib();
    try {
        const parsed = new semver.Range(range, { loose: true });
        return { test: (version) => parsed.test(version) };
    }
    catch {
        return NOTHING;
    }
}
function compileSets(range, sets) {
    if (!sets)
        return undefined;
    return {
        test(text) {
            const version = cachedVersion(text);
            if (!version)
                return lib().satisfies(text, range, { loose: true });
            for (const set of sets)
                if (testSet(set, version))
                    return true;
            return false;
        },
    };
}
/** node-semver's `validRange(range, { loose: true }) !== null`. */
function isValidRange(range) {
    return (SIMPLE_RANGE.test(range) ||
        fastRange(range) !== undefined ||
        lib().validRange(range, { loose: true }) !== null);
}
/** node-semver's `satisfies(version, range, { loose: true })`. */
function satisfiesRange(version, range) {
    return compileRange(range).test(version);
}
/** node-semver's `valid(version) !== null` (strict, as npm records versions). */
function isValidVersion(version) {
    return cachedVersion(version) !== undefined || lib().valid(version) !== null;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/js-specs.js



/** The dependency fields of package.json that a lockfile records, in the order npm writes them. */
const DEPENDENCY_FIELDS = [
    'dependencies',
    'devDependencies',
    'optionalDependencies',
    'peerDependencies',
];
/** Reads `^1.2.0`, `npm:real@^1`, `workspace:*`, `file:../x`, `github:u/r`, `latest` the way npm-package-arg would. */
function specTarget(name, spec) {
    let target = name;
    let range = spec.trim();
    if (range.startsWith('npm:')) {
        const aliased = range.slice(4);
        const at = aliased.lastIndexOf('@');
        if (at > 0) {
            target = aliased.slice(0, at);
            range = aliased.slice(at + 1);
        }
        else {
            target = aliased;
            range = '*';
        }
    }
    if (range === '')
        range = '*';
    if (/^(file|link|workspace|portal|patch|git|git\+[a-z]+|github|gitlab|bitbucket|https?|catalog|jsr):/.test(range))
        return { kind: 'other' };
    if (/^[^@\s/]+\/[^\s/]+$/.test(range) && !/^[<>=~^]/.test(range))
        return { kind: 'other' };
    if (!isValidRange(range))
        return { kind: 'other' };
    return { kind: 'range', name: target, range };
}
/** Whether a locked version satisfies a spec (true when the spec is not a semver range). */
function versionSatisfies(version, target) {
    if (target.kind !== 'range')
        return true;
    return satisfiesRange(version, target.range);
}
/** A package.json needs a lockfile when it has dependencies or workspaces. */
function declaresJsDependencies(manifest) {
    const pkg = parseJson(manifest);
    if (!isRecord(pkg))
        return false;
    const hasDeps = DEPENDENCY_FIELDS.some((field) => isRecord(pkg[field]) && Object.keys(pkg[field]).length > 0);
    return hasDeps || workspacePatterns(pkg).length > 0;
}
/** The line of `name` in a package.json dependency field. */
function manifestLine(file, field, name) {
    return findLine(file.text, new RegExp(`"${field}"\\s*:`), new RegExp(`"${escapeRegex(name)}"\\s*:`));
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/npm.js








const npm_FIX = 'npm install';
const npm_HOSTS = ['registry.npmjs.org'];
/** Line of each `"packages"` key in the lockfile, found in one pass (JSON.parse keeps no positions). */
function packageLines(text) {
    const lines = new Map();
    const pattern = /^ {4}"([^"]*)": \{/gm;
    for (let match = pattern.exec(text), line = 1, last = 0; match; match = pattern.exec(text)) {
        for (let index = text.indexOf('\n', last); index !== -1 && index < match.index; index = text.indexOf('\n', index + 1))
            line++;
        last = match.index;
        lines.set(match[1], line);
    }
    return lines;
}
const EDGE_FIELDS = ['dependencies', 'optionalDependencies'];
/**
 * The `packages` keys filed under every folder a node_modules lookup can find them from, so that a lookup
 * reads a map instead of building and hashing a key per dependency and folder: key K is found as name N in
 * folder F exactly when K is `F/node_modules/N` (`node_modules/N` for the root folder ``).
 */
function folderIndex(packages) {
    const index = new Map();
    for (const key of Object.keys(packages)) {
        for (let at = key.indexOf('node_modules/'); at !== -1; at = key.indexOf('node_modules/', at + 1)) {
            // `F/node_modules/N` with a non-empty F, or `node_modules/N` at the start.
            if (at !== 0 && (at === 1 || key[at - 1] !== '/'))
                continue;
            const folder = at === 0 ? '' : key.slice(0, at - 1);
            let names = index.get(folder);
            if (!names) {
                names = new Map();
                index.set(folder, names);
            }
            names.set(key.slice(at + 'node_modules/'.length), packages[key]);
        }
    }
    return index;
}
/**
 * Node's lookup: `a/node_modules/b` asks for c in `a/node_modules/b/node_modules/c`, then upwards (`folders`:
 * those folders' packages by name, nearest first, from lookupFolders).
 */
function resolveFrom(folders, name, packages) {
    for (const folder of folders) {
        const candidate = folder.get(name);
        if (isRecord(candidate)) {
            if (candidate.link === true && typeof candidate.resolved === 'string')
                return packages[candidate.resolved];
            return candidate;
        }
    }
    return undefined;
}
/** The folders a package's dependencies are looked up in, nearest first: its own, then each parent's, then ``. */
function lookupFolders(key, index) {
    const folders = [];
    for (let folder = key;;) {
        const names = index.get(folder);
        if (names)
            folders.push(names);
        if (folder === '')
            return folders;
        const at = folder.lastIndexOf('/node_modules/');
        folder = at === -1 ? '' : folder.slice(0, at);
    }
}
/** `name@version` of a locked package, for messages. */
function label(name, entry) {
    return `${name}@${String(entry.version ?? '?')}`;
}
/** `node_modules/a/node_modules/@s/b` → `@s/b`. */
function nameFromKey(key) {
    const at = key.lastIndexOf('node_modules/');
    return at === -1 ? key : key.slice(at + 'node_modules/'.length);
}
class NpmCheck {
    context;
    problems = new Problems('npm', npm_FIX);
    lines;
    lockPath = '';
    lockText = '';
    /** Optional packages for other platforms: npm records them without fetching, so without a hash. */
    unhashedOptional = [];
    constructor(context) {
        this.context = context;
    }
    /** Line of a `packages` key; the index is built on the first problem only (most runs have none). */
    lineOf(key) {
        this.lines ??= packageLines(this.lockText);
        return this.lines.get(key) ?? 1;
    }
    async run() {
        const { pair, cwd } = this.context;
        const lockFile = await readText(cwd, pair.lockfile);
        this.lockPath = lockFile.path;
        this.lockText = lockFile.text;
        const lock = parseJson(lockFile);
        const manifest = await readText(cwd, pair.manifest);
        const pkg = parseJson(manifest);
        if (!isRecord(lock) || !isRecord(pkg)) {
            const bad = isRecord(lock) ? manifest.path : lockFile.path;
            this.problems.add('parse', bad, 1, '', `${bad} is not a JSON object`);
            return;
        }
        const version = lock.lockfileVersion;
        if (version === 1 || (version === undefined && isRecord(lock.dependencies))) {
            this.problems.warn('outdated-format', lockFile.path, findLine(lockFile.text, /"lockfileVersion"/), '', `${lockFile.path} has lockfileVersion 1 (npm 6 or older): only top-level versions and integrity can be checked`, 'npm install --lockfile-version 3');
            await this.checkSync(() => this.checkV1(lock, manifest, pkg));
            return;
        }
        if ((version !== 2 && version !== 3) || !isRecord(lock.packages)) {
            this.problems.add('unsupported-format', lockFile.path, findLine(lockFile.text, /"lockfileVersion"/), '', `${lockFile.path} has lockfileVersion ${JSON.stringify(version)}, which this action does not know (expected 1, 2 or 3); refusing to pass it unchecked`);
            return;
        }
        const packages = lock.packages;
        const root = isRecord(packages['']) ? packages[''] : {};
        const importers = [{ key: '', manifest, pkg, entry: root }];
        await this.collectWorkspaces(pkg, packages, importers);
        await this.checkSync(() => {
            for (const importer of importers)
                this.checkImporter(importer, packages);
            this.checkPackages(packages);
        });
    }
    /** Runs the synchronous checks; again from a clean slate when an unusual range needed node-semver first. */
    async checkSync(check) {
        const before = this.problems.list.length;
        await withSemver(check, () => {
            this.problems.list.length = before;
            this.unhashedOptional = [];
        });
    }
    async collectWorkspaces(pkg, packages, importers) {
        const { cwd, pair } = this.context;
        const patterns = workspacePatterns(pkg);
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), patterns);
        const lockWorkspaces = Object.keys(packages).filter((key) => key !== '' && !key.startsWith('node_modules/') && !key.includes('/node_modules/'));
        for (const folder of folders) {
            const entry = packages[folder];
            const manifestPath = external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json');
            if (!isRecord(entry)) {
                this.problems.add('workspace', manifestPath, 1, folder, `workspace ${folder} is not in ${this.lockPath}`);
                continue;
            }
            const manifest = await readText(cwd, manifestPath);
            const wsPkg = parseJson(manifest);
            if (isRecord(wsPkg))
                importers.push({ key: folder, manifest, pkg: wsPkg, entry });
        }
        const linkedSpecs = DEPENDENCY_FIELDS.flatMap((field) => Object.values(stringMap(pkg[field])));
        for (const key of lockWorkspaces) {
            // `file:` dependencies are recorded like workspaces; only folders no spec points at are old workspaces.
            if (folders.includes(key) ||
                linkedSpecs.some((spec) => spec.startsWith('file:') && external_node_path_namespaceObject.posix.normalize(spec.slice(5)) === key))
                continue;
            this.problems.warn('extraneous', this.lockPath, this.lineOf(key), key, `${this.lockPath} still has workspace ${key}, which package.json no longer lists`);
        }
    }
    /** The node a dependency of `importer` resolves to, the way node_modules lookup would find it. */
    resolve(importer, name, packages) {
        const keys = importer === ''
            ? [`node_modules/${name}`]
            : [`${importer}/node_modules/${name}`, `node_modules/${name}`];
        for (const key of keys) {
            const entry = packages[key];
            if (!isRecord(entry))
                continue;
            if (entry.link === true && typeof entry.resolved === 'string' && isRecord(packages[entry.resolved]))
                return [entry.resolved, packages[entry.resolved]];
            return [key, entry];
        }
        return undefined;
    }
    checkImporter(importer, packages) {
        const where = importer.key === '' ? 'the root package' : `workspace ${importer.key}`;
        const seen = new Set();
        for (const field of DEPENDENCY_FIELDS) {
            const wanted = stringMap(importer.pkg[field]);
            const locked = stringMap(importer.entry[field]);
            for (const [name, spec] of Object.entries(wanted)) {
                seen.add(`${field}:${name}`);
                this.checkDependency(importer, packages, field, name, spec, locked[name], where);
            }
            for (const name of Object.keys(locked)) {
                if (seen.has(`${field}:${name}`))
                    continue;
                const movedTo = DEPENDENCY_FIELDS.find((other) => other !== field && stringMap(importer.pkg[other])[name] !== undefined);
                if (movedTo)
                    continue;
                this.problems.warn('extraneous', this.lockPath, this.lineOf(importer.key), name, `${name} is locked as a ${field} entry of ${where} but package.json no longer declares it`);
            }
        }
    }
    checkDependency(importer, packages, field, name, spec, lockedSpec, where) {
        // Found textually, so only when there is something to report.
        const line = () => manifestLine(importer.manifest, field, name);
        const file = importer.manifest.path;
        const target = specTarget(name, spec);
        const node = this.resolve(importer.key, name, packages);
        const peerOptional = field === 'peerDependencies' &&
            isRecord(importer.pkg.peerDependenciesMeta) &&
            isRecord(importer.pkg.peerDependenciesMeta[name]) &&
            importer.pkg.peerDependenciesMeta[name].optional === true;
        if (!node) {
            if (peerOptional)
                return;
            this.problems.add('not-locked', file, line(), name, `${name}@${spec} (${field} of ${where}) is not in ${this.lockPath}`);
            return;
        }
        const [, entry] = node;
        const version = typeof entry.version === 'string' ? entry.version : undefined;
        if (target.kind === 'range' && version) {
            const lockedName = typeof entry.name === 'string' ? entry.name : name;
            if (lockedName !== target.name && !(entry.link === true)) {
                this.problems.add('unsatisfied', file, line(), name, `${name}@${spec} wants ${target.name} but ${this.lockPath} locks ${lockedName}@${version}`);
                return;
            }
            if (!versionSatisfies(version, target)) {
                this.problems.add('unsatisfied', file, line(), name, `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`);
                return;
            }
        }
        if (lockedSpec === undefined) {
            const other = DEPENDENCY_FIELDS.find((type) => type !== field && stringMap(importer.entry[type])[name] !== undefined);
            if (other) {
                this.problems.warn('dependency-type', file, line(), name, `${name} moved from ${other} to ${field} in ${where}; the lockfile still records it as ${other}`);
            }
            else {
                this.problems.warn('spec-mismatch', file, line(), name, `${name}@${spec} (${field} of ${where}) is locked only as a transitive dependency; ${this.lockPath} does not record it`);
            }
        }
        else if (lockedSpec !== spec) {
            this.problems.warn('spec-mismatch', file, line(), name, `${name}: package.json says "${spec}", ${this.lockPath} was made for "${lockedSpec}"`);
        }
    }
    checkPackages(packages) {
        const security = this.context.security;
        const index = folderIndex(packages);
        for (const key of Object.keys(packages)) {
            const entry = packages[key];
            if (!key.includes('node_modules/') ||
                !isRecord(entry) ||
                entry.link === true ||
                entry.inBundle === true)
                continue;
            this.checkEntry(nameFromKey(key), entry, key, security);
            if (isRecord(entry.dependencies) || isRecord(entry.optionalDependencies))
                this.checkEdges(key, entry, packages, index);
        }
        const count = this.unhashedOptional.length;
        if (count === 0)
            return;
        const list = this.unhashedOptional.slice(0, 5).join(', ') + (count > 5 ? `, … (${count} in all)` : '');
        this.problems.warn('integrity', this.lockPath, 1, '', `${count} optional package${count === 1 ? '' : 's'} for other platforms ${count === 1 ? 'has' : 'have'} no integrity hash (npm never downloaded them): ${list}`, 'npm install on each platform, or accept that these are checked on first download only');
    }
    /**
     * The dependencies of a locked package must resolve (node_modules lookup from where it sits) to a
     * version in range, else `npm ci` rebuilds that part of the tree and refuses ("Invalid: lock file's …").
     */
    checkEdges(key, entry, packages, index) {
        const folders = lookupFolders(key, index);
        // Peer dependencies are left out: npm places and validates them from the dependent's parent, and
        // tolerates optional peers that do not match.
        for (const field of EDGE_FIELDS) {
            const dependencies = entry[field];
            if (!isRecord(dependencies))
                continue;
            for (const name of Object.keys(dependencies)) {
                const range = dependencies[name];
                // stringMap() never kept a `__proto__` key: assigning a string to it does nothing.
                if (typeof range !== 'string' || name === '__proto__')
                    continue;
                const found = resolveFrom(folders, name, packages);
                if (!found) {
                    if (field === 'dependencies') {
                        this.problems.add('not-locked', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${range}, which ${this.lockPath} does not contain`);
                    }
                    continue;
                }
                const version = found.version;
                if (typeof version !== 'string' || version === range)
                    continue;
                let compiled = this.ranges.get(range);
                if (compiled === undefined)
                    compiled = this.compile(name, range);
                if (compiled === null || compiled.test(version))
                    continue;
                this.problems.add('unsatisfied', this.lockPath, this.lineOf(key), name, `${label(nameFromKey(key), entry)} depends on ${name}@${range} but ${this.lockPath} resolves it to ${version}`);
            }
        }
    }
    /** Parsed ranges by spec text (null: not a semver range, anything satisfies it). */
    ranges = new Map();
    /** A spec's range, compiled once: a big lockfile repeats a few hundred ranges thousands of times. */
    compile(name, spec) {
        // The range alone decides (an `npm:other@^1` alias is checked by its range, as npm does).
        let range = compileSimple(spec) ?? null;
        if (!range) {
            const target = specTarget(name, spec);
            range = target.kind === 'range' ? compileRange(target.range) : null;
        }
        this.ranges.set(spec, range);
        return range;
    }
    /**
     * `line`: the entry's line, or its `packages` key (the line is looked up for a problem only).
     */
    checkEntry(name, entry, line, security) {
        const lineOf = typeof line === 'string' ? () => this.lineOf(line) : line;
        const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined;
        const realName = typeof entry.name === 'string' ? entry.name : name;
        if (resolved) {
            const findings = checkUrl(resolved, security, npm_HOSTS);
            const names = checkTarballName(realName, resolved);
            for (const finding of findings)
                this.reportEntry(finding, name, entry, lineOf);
            for (const finding of names)
                this.reportEntry(finding, name, entry, lineOf);
        }
        const fromRegistry = resolved === undefined ? isValidVersion(String(entry.version)) : /^https?:.*\.tgz$/.test(resolved);
        if (!fromRegistry)
            return;
        for (const finding of checkIntegrity(entry.integrity, security)) {
            // npm records optional packages for other platforms without fetching them, so without a hash.
            if (entry.optional === true && entry.integrity === undefined && resolved === undefined) {
                this.unhashedOptional.push(label(name, entry));
            }
            else
                this.reportEntry(finding, name, entry, lineOf);
        }
    }
    reportEntry(finding, name, entry, lineOf) {
        this.problems.add(finding.kind, this.lockPath, lineOf(), name, `${label(name, entry)} ${finding.message}`);
    }
    checkV1(lock, manifest, pkg) {
        const top = isRecord(lock.dependencies) ? lock.dependencies : {};
        for (const field of DEPENDENCY_FIELDS) {
            if (field === 'peerDependencies')
                continue;
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                const line = manifestLine(manifest, field, name);
                const entry = top[name];
                if (!isRecord(entry)) {
                    this.problems.add('not-locked', manifest.path, line, name, `${name}@${spec} (${field}) is not in ${this.lockPath}`);
                    continue;
                }
                const target = specTarget(name, spec);
                const version = typeof entry.version === 'string' ? entry.version : '';
                if (target.kind === 'range' && !version.includes(':') && !versionSatisfies(version, target)) {
                    this.problems.add('unsatisfied', manifest.path, line, name, `${this.lockPath} locks ${name}@${version}, which does not satisfy ${field} "${spec}"`);
                }
            }
        }
        const visit = (deps) => {
            for (const [name, entry] of Object.entries(deps)) {
                if (!isRecord(entry) || entry.bundled === true)
                    continue;
                const line = () => findLine(this.lockText, undefined, new RegExp(`^\\s*"${escapeRegex(name)}": \\{`));
                this.checkEntry(name, entry, line, this.context.security);
                if (isRecord(entry.dependencies))
                    visit(entry.dependencies);
            }
        };
        visit(top);
    }
}
const npm = {
    name: 'npm',
    lockfiles: ['npm-shrinkwrap.json', 'package-lock.json'],
    manifest: 'package.json',
    fix: npm_FIX,
    defaultHosts: npm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new NpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/pnpm.js






const pnpm_FIX = 'pnpm install';
const pnpm_HOSTS = ['registry.npmjs.org'];
/** Lockfile formats of pnpm 8 (6.0), 9 and later (9.0); 7.0 was written by early pnpm 9 betas. */
const SUPPORTED = new Set(['6.0', '6.1', '7.0', '9.0']);
/** The fields pnpm records per importer (peer dependencies are installed through these). */
const FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/** `'/@s/a@1.0.0(peer@2)'`, `a@1.0.0` → `@s/a`. */
function pnpmPackageName(key) {
    const bare = key.replace(/^\//, '').replace(/\(.*$/, '');
    const at = bare.indexOf('@', 1);
    return at === -1 ? bare : bare.slice(0, at);
}
function lockLine(text, key) {
    return findLine(text, /^packages:/, new RegExp(`^ {2}'?${escapeRegex(key)}'?:`));
}
class PnpmCheck {
    context;
    problems = new Problems('pnpm', pnpm_FIX);
    lock;
    autoInstallPeers = true;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseYamlText(this.lock);
        if (!isRecord(data)) {
            this.problems.add('parse', this.lock.path, 1, '', `${this.lock.path} is not a pnpm lockfile (no YAML mapping)`);
            return;
        }
        const version = String(data.lockfileVersion ?? '');
        if (!SUPPORTED.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^lockfileVersion/), '', `${this.lock.path} has lockfileVersion '${version}', which this action does not know (expected 6.0 to 9.0); refusing to pass it unchecked`, Number.parseFloat(version) < 6 ? 'pnpm install (with pnpm 8 or newer)' : pnpm_FIX);
            return;
        }
        const settings = isRecord(data.settings) ? data.settings : {};
        this.autoInstallPeers = settings.autoInstallPeers !== false;
        // Single-project lockfiles of pnpm 8 keep the root importer at the top level.
        const importers = isRecord(data.importers)
            ? data.importers
            : { '.': data };
        const rootManifest = await readText(cwd, pair.manifest);
        const rootPkg = parseJson(rootManifest);
        const workspace = await this.workspaceSettings();
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), workspace.packages);
        for (const folder of ['.', ...folders]) {
            const importer = importers[folder];
            const manifest = folder === '.' ? rootManifest : await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
            if (!isRecord(importer)) {
                // pnpm itself accepts a new workspace package without dependencies; any it has are reported below.
                this.problems.warn('workspace', manifest.path, 1, folder, `workspace ${folder} is not an importer in ${this.lock.path}`);
            }
            const pkg = folder === '.' ? rootPkg : parseJson(manifest);
            if (isRecord(pkg))
                this.checkImporter(folder, isRecord(importer) ? importer : {}, manifest, pkg);
        }
        for (const folder of Object.keys(importers)) {
            if (folder === '.' || folders.includes(folder))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^importers:/, new RegExp(`^ {2}'?${escapeRegex(folder)}'?:`)), folder, `${this.lock.path} has importer ${folder}, which is not a workspace package`);
        }
        const overrides = {
            ...(isRecord(rootPkg) && isRecord(rootPkg.pnpm) ? stringMap(rootPkg.pnpm.overrides) : {}),
            ...workspace.overrides,
        };
        this.checkOverrides(stringMap(data.overrides), overrides, rootManifest);
        if (isRecord(data.packages))
            this.checkPackages(data.packages);
    }
    async workspaceSettings() {
        const { cwd, pair } = this.context;
        let file;
        try {
            file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, 'pnpm-workspace.yaml'));
        }
        catch {
            return { packages: [], overrides: {} };
        }
        const data = await parseYamlText(file);
        if (!isRecord(data))
            return { packages: [], overrides: {} };
        const packages = Array.isArray(data.packages)
            ? data.packages.filter((item) => typeof item === 'string')
            : [];
        return { packages, overrides: stringMap(data.overrides) };
    }
    checkImporter(folder, importer, manifest, pkg) {
        const where = folder === '.' ? 'the root package' : `workspace ${folder}`;
        const locked = new Map();
        for (const field of FIELDS) {
            const entries = isRecord(importer[field]) ? importer[field] : {};
            const specifiers = stringMap(importer.specifiers);
            for (const [name, value] of Object.entries(entries)) {
                // 6.0+: `{ specifier, version }`; the older layout keeps specifiers in a separate map.
                const specifier = isRecord(value) ? String(value.specifier ?? '') : (specifiers[name] ?? '');
                const version = isRecord(value) ? String(value.version ?? '') : String(value);
                locked.set(name, { field, specifier, version });
            }
        }
        const expected = [];
        for (const field of FIELDS) {
            for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                // A package in both dependencies and optionalDependencies is only optional for pnpm.
                if (field === 'dependencies' && stringMap(pkg.optionalDependencies)[name] !== undefined)
                    continue;
                expected.push({ field, source: field, name, spec });
            }
        }
        if (this.autoInstallPeers) {
            // autoInstallPeers records a peer nobody else provides as a dependency with the peer's range.
            for (const [name, spec] of Object.entries(stringMap(pkg.peerDependencies))) {
                if (expected.some((item) => item.name === name))
                    continue;
                expected.push({ field: 'dependencies', source: 'peerDependencies', name, spec });
            }
        }
        const wanted = new Set();
        for (const { field, source, name, spec } of expected) {
            wanted.add(name);
            const line = manifestLine(manifest, source, name);
            const lock = locked.get(name);
            if (!lock && field === 'optionalDependencies') {
                // pnpm --frozen-lockfile installs without it ("could not be resolved, excluding it").
                this.problems.warn('not-locked', manifest.path, line, name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}; pnpm will skip it until the lockfile is updated`);
            }
            else if (!lock) {
                this.problems.add('not-locked', manifest.path, line, name, `${name}@${spec} (${source} of ${where}) is not in ${this.lock.path}`);
            }
            else if (lock.field !== field) {
                this.problems.add('dependency-type', manifest.path, line, name, `${name} is in ${source} of ${where} but ${this.lock.path} records it in ${lock.field}`);
            }
            else if (lock.specifier !== spec) {
                this.problems.add('spec-mismatch', manifest.path, line, name, `${name}: package.json says "${spec}", ${this.lock.path} was made for "${lock.specifier}" (locked ${lock.version})`);
            }
        }
        for (const [name, lock] of locked) {
            if (wanted.has(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^importers:|^dependencies:/, new RegExp(`^\\s+'?${escapeRegex(name)}'?:`)), name, `${name} is locked in ${lock.field} of ${where} but package.json no longer declares it`);
        }
    }
    checkOverrides(locked, wanted, manifest) {
        for (const [name, spec] of Object.entries(wanted)) {
            if (locked[name] === spec)
                continue;
            const line = findLine(manifest.text, /"overrides"\s*:/, new RegExp(`"${escapeRegex(name)}"\\s*:`));
            const was = locked[name] === undefined ? 'has no such override' : `has "${locked[name]}"`;
            this.problems.add('spec-mismatch', manifest.path, line, name, `override ${name}: "${spec}" is configured but ${this.lock.path} ${was}`);
        }
        for (const name of Object.keys(locked)) {
            if (wanted[name] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^overrides:/), name, `${this.lock.path} has override ${name}, which is no longer configured`);
        }
    }
    checkPackages(packages) {
        const security = this.context.security;
        for (const [key, entry] of Object.entries(packages)) {
            if (!isRecord(entry) || !isRecord(entry.resolution))
                continue;
            const resolution = entry.resolution;
            if (resolution.type === 'git' ||
                resolution.type === 'directory' ||
                typeof resolution.directory === 'string')
                continue;
            const name = typeof entry.name === 'string' ? entry.name : pnpmPackageName(key);
            const findings = [];
            if (typeof resolution.tarball === 'string') {
                findings.push(...checkUrl(resolution.tarball, security, pnpm_HOSTS));
                if (!resolution.tarball.startsWith('file:'))
                    findings.push(...checkTarballName(name, resolution.tarball));
            }
            if (!(typeof resolution.tarball === 'string' && resolution.tarball.startsWith('file:')))
                findings.push(...checkIntegrity(resolution.integrity, security));
            for (const finding of findings) {
                this.problems.add(finding.kind, this.lock.path, lockLine(this.lock.text, key), name, `${key.replace(/^\//, '')} ${finding.message}`);
            }
        }
    }
}
const pnpm = {
    name: 'pnpm',
    lockfiles: ['pnpm-lock.yaml'],
    manifest: 'package.json',
    fix: pnpm_FIX,
    defaultHosts: pnpm_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new PnpmCheck(context);
        return check.problems.guard(() => check.run());
    },
};

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/python-json.js
/**
 * `json.dumps(value, sort_keys=True)` exactly as CPython writes it: `", "` and `": "` separators,
 * non-ASCII escaped as \uXXXX, floats with a decimal point. Poetry hashes this text.
 */
function pythonJsonDumps(value) {
    if (value === null || value === undefined)
        return 'null';
    if (value === true)
        return 'true';
    if (value === false)
        return 'false';
    if (typeof value === 'bigint')
        return value.toString();
    if (typeof value === 'number')
        return pythonFloat(value);
    if (typeof value === 'string')
        return pythonString(value);
    if (Array.isArray(value))
        return `[${value.map(pythonJsonDumps).join(', ')}]`;
    if (value instanceof Date)
        return pythonString(value.toISOString());
    const entries = Object.entries(value).sort(([a], [b]) => compareCodePoints(a, b));
    return `{${entries.map(([key, item]) => `${pythonString(key)}: ${pythonJsonDumps(item)}`).join(', ')}}`;
}
function compareCodePoints(a, b) {
    const left = [...a];
    const right = [...b];
    for (let index = 0; index < Math.min(left.length, right.length); index++) {
        const diff = left[index].codePointAt(0) - right[index].codePointAt(0);
        if (diff !== 0)
            return diff;
    }
    return left.length - right.length;
}
/** TOML floats reach us as numbers (integers come as bigint): Python writes them as `1.0`, `1e+20`, `inf`. */
function pythonFloat(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? 'Infinity' : '-Infinity';
    if (Number.isInteger(value) && Math.abs(value) < 1e16)
        return `${value}.0`;
    return String(value)
        .replace(/e\+?(-?)(\d)$/, 'e+$1$2')
        .replace('e+-', 'e-');
}
const ESCAPES = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\b': '\\b',
    '\f': '\\f',
};
function pythonString(text) {
    let out = '"';
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        const code = text.charCodeAt(index);
        if (ESCAPES[char])
            out += ESCAPES[char];
        else if (code < 0x20 || code > 0x7e)
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        else
            out += char;
    }
    return `${out}"`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/poetry.js





/** node:crypto costs milliseconds of start-up to load: only a poetry.lock needs it. */
const requireBuiltin = (0,external_node_module_.createRequire)(import.meta.url);
const poetry_FIX = 'poetry lock';
const poetry_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** Poetry reads lock-version 1.x and 2.x (`_READ_VERSION_RANGE = ">=1,<3"`). */
const READABLE = /^[12](\.\d+)?$/;
const LEGACY_KEYS = ['dependencies', 'source', 'extras', 'dev-dependencies'];
const POETRY_KEYS = [...LEGACY_KEYS, 'group'];
const PROJECT_KEYS = ['requires-python', 'dependencies', 'optional-dependencies'];
/**
 * The `content-hash` candidates of a pyproject.toml, computed as Poetry's Locker does: sha256 of the
 * relevant sections dumped by `json.dumps(sort_keys=True)`. Poetry 1.x hashes [tool.poetry] keys only;
 * 2.x nests them under `tool.poetry` next to [project] when [project] has relevant keys; newer 2.x
 * also hashes [dependency-groups]. Any match means the lock was made from this pyproject.
 */
function poetryContentHashes(pyproject) {
    const project = isRecord(pyproject.project) ? pyproject.project : {};
    const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
    const relevantProject = {};
    for (const key of PROJECT_KEYS)
        if (project[key] !== undefined)
            relevantProject[key] = project[key];
    const hasProject = Object.keys(relevantProject).length > 0;
    const relevantPoetry = {};
    for (const key of POETRY_KEYS) {
        const value = tool[key];
        if (value === undefined && (!LEGACY_KEYS.includes(key) || hasProject))
            continue;
        relevantPoetry[key] = value ?? null;
    }
    const variants = [];
    if (hasProject) {
        variants.push({ project: relevantProject, tool: { poetry: relevantPoetry } });
        if (isRecord(pyproject['dependency-groups'])) {
            variants.push({
                project: relevantProject,
                tool: { poetry: relevantPoetry },
                'dependency-groups': pyproject['dependency-groups'],
            });
        }
    }
    else {
        variants.push(relevantPoetry);
    }
    const { createHash } = requireBuiltin('node:crypto');
    return variants.map((content) => createHash('sha256').update(pythonJsonDumps(content)).digest('hex'));
}
async function poetry_check(context, problems) {
    const { cwd, pair } = context;
    const lockFile = await readText(cwd, pair.lockfile);
    const lock = await parseTomlText(lockFile);
    const manifest = await readText(cwd, pair.manifest);
    const pyproject = await parseTomlText(manifest, true);
    const metadata = isRecord(lock.metadata) ? lock.metadata : undefined;
    const lockVersion = metadata?.['lock-version'];
    if (!metadata || (lockVersion !== undefined && !READABLE.test(String(lockVersion)))) {
        problems.add('unsupported-format', lockFile.path, findLine(lockFile.text, /^\[metadata\]/, /^lock-version/), '', `${lockFile.path} has ${metadata ? `lock-version ${String(lockVersion)}` : 'no [metadata]'}, which this action does not know (expected 1.x or 2.x); refusing to pass it unchecked`);
        return;
    }
    const recorded = metadata['content-hash'];
    const expected = poetryContentHashes(pyproject);
    if (typeof recorded !== 'string' || !expected.includes(recorded)) {
        problems.add('content-hash', manifest.path, dependencyLine(manifest), '', `${manifest.path} changed since ${lockFile.path} was written: its content-hash is ${String(recorded).slice(0, 12)}…, the dependency sections now hash to ${expected[0].slice(0, 12)}…`);
    }
    checkSources(problems, lock, lockFile, context);
}
/** Where the dependency sections start, for the annotation. */
function dependencyLine(manifest) {
    for (const section of [/^\[project\]/, /^\[tool\.poetry\.dependencies\]/, /^\[tool\.poetry\]/]) {
        const line = findLine(manifest.text, section);
        if (section.test(manifest.text.split('\n')[line - 1] ?? ''))
            return line;
    }
    return 1;
}
/** Packages from a package index must come from an allowed host over https. */
function checkSources(problems, lock, lockFile, context) {
    const packages = Array.isArray(lock.package) ? lock.package : [];
    for (const entry of packages) {
        if (!isRecord(entry) || !isRecord(entry.source))
            continue;
        const { type, url } = entry.source;
        if (type !== 'legacy' || typeof url !== 'string')
            continue;
        const name = String(entry.name ?? '');
        const line = tomlPackageLine(lockFile.text, name);
        for (const finding of checkUrl(url, context.security, poetry_HOSTS)) {
            problems.add(finding.kind, lockFile.path, line, name, `${name} ${entry.version ?? ''} ${finding.message}`.replace('  ', ' '));
        }
    }
}
const poetry = {
    name: 'poetry',
    lockfiles: ['poetry.lock'],
    manifest: 'pyproject.toml',
    fix: poetry_FIX,
    defaultHosts: poetry_HOSTS,
    async declaresDependencies(manifest) {
        const pyproject = await parseTomlText(manifest);
        const project = isRecord(pyproject.project) ? pyproject.project : {};
        const tool = isRecord(pyproject.tool) && isRecord(pyproject.tool.poetry) ? pyproject.tool.poetry : {};
        const poetryDeps = isRecord(tool.dependencies)
            ? Object.keys(tool.dependencies).filter((name) => name !== 'python')
            : [];
        return ((Array.isArray(project.dependencies) && project.dependencies.length > 0) ||
            poetryDeps.length > 0 ||
            isRecord(tool.group));
    },
    async check(context) {
        const problems = new Problems('poetry', poetry_FIX);
        return problems.guard(() => poetry_check(context, problems));
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/python-deps.js

/** PEP 503 normalised name: `Foo_Bar.baz` → `foo-bar-baz`. */
function normaliseName(name) {
    return name.toLowerCase().replace(/[-_.]+/g, '-');
}
const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?\s*(?:@\s*([^;\s]+)|\(?([^;()]*)\)?)?\s*(?:;\s*(.*))?$/;
/** Specifiers compared as a set: `>= 1.0,<2` and `<2, >=1.0` are the same requirement. */
function normaliseSpecifier(text) {
    return text
        .split(',')
        .map((part) => part.replace(/\s+/g, ''))
        .filter(Boolean)
        .sort()
        .join(',');
}
function normaliseMarker(text) {
    return text.replace(/\s+/g, ' ').replace(/"/g, "'").trim();
}
function parseRequirement(text) {
    const match = PEP508.exec(text);
    if (!match)
        return undefined;
    return {
        name: normaliseName(match[1]),
        extras: (match[2] ?? '')
            .split(',')
            .map((extra) => normaliseName(extra.trim()))
            .filter(Boolean)
            .sort(),
        url: match[3] ?? '',
        specifier: normaliseSpecifier(match[4] ?? ''),
        marker: normaliseMarker(match[5] ?? ''),
    };
}
/** uv's lock form `{ name = "x", specifier = ">=1", extras = [..], marker = "..." }`. */
function lockedRequirement(value) {
    if (!isRecord(value) || typeof value.name !== 'string')
        return undefined;
    const url = [value.url, value.git, value.path, value.editable, value.directory].find((item) => typeof item === 'string');
    return {
        name: normaliseName(value.name),
        extras: Array.isArray(value.extras)
            ? value.extras.map((extra) => normaliseName(String(extra))).sort()
            : [],
        specifier: normaliseSpecifier(typeof value.specifier === 'string' ? value.specifier : ''),
        url: typeof url === 'string' ? url : '',
        marker: normaliseMarker(typeof value.marker === 'string' ? value.marker : ''),
    };
}
/**
 * `requests[socks]>=2.31`: what two requirements are compared by. Markers and URLs are left out: uv
 * rewrites markers and replaces requirements by their `[tool.uv.sources]` entry (editable, git, …).
 */
function requirementKey(requirement) {
    const extras = requirement.extras.length ? `[${requirement.extras.join(',')}]` : '';
    return `${requirement.name}${extras}${requirement.specifier}`;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/uv.js






const uv_FIX = 'uv lock';
const uv_HOSTS = ['pypi.org', 'files.pythonhosted.org'];
/** uv.lock `version = 1` (revisions 1–3 only add fields). */
const SUPPORTED_VERSION = 1;
function uv_table(value) {
    return isRecord(value) ? value : {};
}
function strings(value) {
    return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}
/** `[dependency-groups]` with `{ include-group = "x" }` entries expanded, plus legacy `tool.uv.dev-dependencies`. */
function dependencyGroups(pyproject) {
    const groups = uv_table(pyproject['dependency-groups']);
    const resolveGroup = (name, seen) => {
        if (seen.has(name))
            return [];
        seen.add(name);
        const items = Array.isArray(groups[name]) ? groups[name] : [];
        return items.flatMap((item) => {
            if (typeof item === 'string')
                return [item];
            if (isRecord(item) && typeof item['include-group'] === 'string')
                return resolveGroup(item['include-group'], seen);
            return [];
        });
    };
    const out = {};
    for (const name of Object.keys(groups))
        out[normaliseName(name)] = resolveGroup(name, new Set());
    const legacy = strings(uv_table(uv_table(pyproject.tool).uv)['dev-dependencies']);
    if (legacy.length)
        out.dev = [...(out.dev ?? []), ...legacy];
    return out;
}
/** What `[package.metadata] requires-dist` should hold: dependencies, and optional ones with their extra marker. */
function wantedRequiresDist(project) {
    const wanted = new Map();
    const add = (text) => {
        const requirement = parseRequirement(text);
        if (requirement)
            wanted.set(requirementKey(requirement), requirement);
    };
    for (const text of strings(project.dependencies))
        add(text);
    for (const extras of Object.values(uv_table(project['optional-dependencies'])))
        for (const text of strings(extras))
            add(text);
    return wanted;
}
function lockedSet(list) {
    const out = new Map();
    for (const item of Array.isArray(list) ? list : []) {
        const requirement = lockedRequirement(item);
        if (requirement)
            out.set(requirementKey(requirement), requirement);
    }
    return out;
}
class UvCheck {
    context;
    problems = new Problems('uv', uv_FIX);
    lock;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const data = await parseTomlText(this.lock);
        if (data.version !== SUPPORTED_VERSION) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^version\s*=/), '', `${this.lock.path} has version ${String(data.version)}, which this action does not know (expected ${SUPPORTED_VERSION}); refusing to pass it unchecked`);
            return;
        }
        const rootManifest = await readText(cwd, pair.manifest);
        const root = { dir: '.', manifest: rootManifest, pyproject: await parseTomlText(rootManifest) };
        const members = [root, ...(await this.workspaceMembers(root.pyproject))];
        const packages = (Array.isArray(data.package) ? data.package : []).filter(isRecord);
        this.checkRequiresPython(data, members);
        this.checkMembers(data, members);
        for (const member of members)
            this.checkMember(member, packages);
        this.checkSources(packages);
    }
    async workspaceMembers(pyproject) {
        const workspace = uv_table(uv_table(uv_table(pyproject.tool).uv).workspace);
        const patterns = [
            ...strings(workspace.members),
            ...strings(workspace.exclude).map((pattern) => `!${pattern}`),
        ];
        if (!patterns.length)
            return [];
        const { cwd, pair } = this.context;
        const folders = await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), patterns, 4, 'pyproject.toml');
        const members = [];
        for (const dir of folders) {
            const manifest = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, dir, 'pyproject.toml'));
            members.push({ dir, manifest, pyproject: await parseTomlText(manifest) });
        }
        return members;
    }
    checkRequiresPython(data, members) {
        const wanted = members
            .map((member) => uv_table(member.pyproject.project)['requires-python'])
            .filter((value) => typeof value === 'string');
        if (!wanted.length)
            return;
        const locked = typeof data['requires-python'] === 'string' ? normaliseSpecifier(data['requires-python']) : '';
        // With several members uv locks their intersection: every member's bound must appear in it.
        const parts = new Set(locked.split(','));
        const combined = normaliseSpecifier(wanted.join(','));
        if (locked === combined || combined.split(',').every((part) => parts.has(part)))
            return;
        const manifest = members[0].manifest;
        this.problems.add('requires-python', manifest.path, findLine(manifest.text, /^\[project\]/, /^requires-python\s*=/), 'python', `requires-python is "${wanted.join(', ')}" but ${this.lock.path} was locked for "${String(data['requires-python'] ?? '')}"`);
    }
    checkMembers(data, members) {
        const locked = strings(uv_table(data.manifest).members).map(normaliseName);
        if (members.length === 1 && locked.length === 0)
            return;
        const names = members
            .map((member) => uv_table(member.pyproject.project).name)
            .filter((name) => typeof name === 'string')
            .map(normaliseName);
        for (const member of members) {
            const name = uv_table(member.pyproject.project).name;
            if (typeof name !== 'string' || locked.includes(normaliseName(name)))
                continue;
            this.problems.add('workspace', member.manifest.path, findLine(member.manifest.text, /^\[project\]/, /^name\s*=/), name, `workspace member ${name} is not in ${this.lock.path}`);
        }
        for (const name of locked) {
            if (names.includes(name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^\[manifest\]/, new RegExp(`"${escapeRegex(name)}"`)), name, `${this.lock.path} still has workspace member ${name}, which is gone`);
        }
    }
    checkMember(member, packages) {
        const project = uv_table(member.pyproject.project);
        if (typeof project.name !== 'string')
            return;
        const name = normaliseName(project.name);
        const entry = packages.find((item) => {
            const source = uv_table(item.source);
            const path = source.editable ?? source.virtual ?? source.directory;
            return (normaliseName(String(item.name ?? '')) === name &&
                typeof path === 'string' &&
                external_node_path_namespaceObject.posix.normalize(path) === external_node_path_namespaceObject.posix.normalize(member.dir));
        }) ?? packages.find((item) => normaliseName(String(item.name ?? '')) === name);
        const manifest = member.manifest;
        if (!entry) {
            this.problems.add('workspace', manifest.path, findLine(manifest.text, /^\[project\]/, /^name\s*=/), name, `${name} (${member.dir}) is not in ${this.lock.path}`);
            return;
        }
        const metadata = uv_table(entry.metadata);
        this.compare(manifest, name, 'dependencies', wantedRequiresDist(project), lockedSet(metadata['requires-dist']), /^\[project\]/);
        const groups = dependencyGroups(member.pyproject);
        const lockedGroups = uv_table(metadata['requires-dev']);
        for (const [group, items] of Object.entries(groups)) {
            const wanted = new Map();
            for (const text of items) {
                const requirement = parseRequirement(text);
                if (requirement)
                    wanted.set(requirementKey(requirement), requirement);
            }
            this.compare(manifest, name, `dependency group ${group}`, wanted, lockedSet(lockedGroups[group]), /^\[dependency-groups\]|^\[tool\.uv\]/);
        }
        for (const group of Object.keys(lockedGroups)) {
            if (groups[normaliseName(group)] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dev/, new RegExp(`^${escapeRegex(group)}\\s*=`)), group, `${this.lock.path} still locks dependency group ${group} of ${name}, which pyproject.toml no longer has`);
        }
    }
    /** Compares requirement sets by name, extras, specifier and URL (uv rewrites markers, so those are not compared). */
    compare(manifest, owner, what, wanted, locked, section) {
        for (const [key, requirement] of wanted) {
            if (locked.has(key))
                continue;
            const before = [...locked.values()].find((item) => item.name === requirement.name);
            const line = findLine(manifest.text, section, new RegExp(`["']${escapeRegex(requirement.name).replace(/-/g, '[-_.]')}`, 'i'));
            const message = before
                ? `${key} (${what} of ${owner}) is locked as ${requirementKey(before)} in ${this.lock.path}`
                : `${key} (${what} of ${owner}) is not in ${this.lock.path}`;
            this.problems.add(before ? 'spec-mismatch' : 'not-locked', manifest.path, line, requirement.name, message);
        }
        for (const [key, requirement] of locked) {
            if (wanted.has(key) || [...wanted.values()].some((item) => item.name === requirement.name))
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /requires-dist|requires-dev/, new RegExp(`name = "${escapeRegex(requirement.name)}"`)), requirement.name, `${key} is locked as a ${what} entry of ${owner} but pyproject.toml no longer declares it`);
        }
    }
    checkSources(packages) {
        for (const entry of packages) {
            const registry = uv_table(entry.source).registry;
            if (typeof registry !== 'string')
                continue;
            const name = String(entry.name ?? '');
            const urls = [
                registry,
                uv_table(entry.sdist).url,
                ...(Array.isArray(entry.wheels) ? entry.wheels.map((wheel) => uv_table(wheel).url) : []),
            ];
            const seen = new Set();
            for (const url of urls) {
                if (typeof url !== 'string')
                    continue;
                for (const finding of checkUrl(url, this.context.security, uv_HOSTS)) {
                    if (seen.has(finding.kind))
                        continue;
                    seen.add(finding.kind);
                    const line = tomlPackageLine(this.lock.text, name);
                    this.problems.add(finding.kind, this.lock.path, line, name, `${name} ${String(entry.version ?? '')} ${finding.message}`);
                }
            }
        }
    }
}
const uv = {
    name: 'uv',
    lockfiles: ['uv.lock'],
    manifest: 'pyproject.toml',
    fix: uv_FIX,
    defaultHosts: uv_HOSTS,
    async declaresDependencies(manifest) {
        const pyproject = await parseTomlText(manifest);
        const project = uv_table(pyproject.project);
        return (strings(project.dependencies).length > 0 ||
            Object.keys(uv_table(project['optional-dependencies'])).length > 0 ||
            Object.keys(dependencyGroups(pyproject)).length > 0);
    },
    async check(context) {
        const check = new UvCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/yarn-v1-parser.js

function unquote(text) {
    const trimmed = text.trim();
    if (trimmed.startsWith('"')) {
        try {
            return JSON.parse(trimmed);
        }
        catch {
            return trimmed.slice(1, -1);
        }
    }
    return trimmed;
}
/** Splits `key value` where either side may be quoted. */
function splitPair(text) {
    const match = /^("(?:[^"\\]|\\.)*"|\S+)\s+(.*)$/.exec(text);
    if (!match)
        return [unquote(text), ''];
    return [unquote(match[1]), unquote(match[2])];
}
/** Parses the yarn v1 lockfile format (its own syntax, not YAML); errors name the line. */
function parseYarnV1(file) {
    const entries = [];
    let current;
    let section;
    const lines = file.text.split(/\r?\n/);
    lines.forEach((raw, index) => {
        const line = index + 1;
        if (raw.trim() === '' || raw.trimStart().startsWith('#'))
            return;
        const indent = raw.length - raw.trimStart().length;
        const text = raw.trim();
        if (indent === 0) {
            if (!text.endsWith(':'))
                throw new FileProblem(file.path, line, `${file.path}:${line}: invalid yarn.lock: expected 'name@range:'`);
            const keys = text
                .slice(0, -1)
                .split(/,\s*/)
                .map((key) => unquote(key));
            current = { keys, line, fields: {}, dependencies: {} };
            section = undefined;
            entries.push(current);
            return;
        }
        if (!current)
            throw new FileProblem(file.path, line, `${file.path}:${line}: invalid yarn.lock: indented line outside an entry`);
        if (indent === 2) {
            if (text.endsWith(':')) {
                section = unquote(text.slice(0, -1));
                return;
            }
            section = undefined;
            const [key, value] = splitPair(text);
            current.fields[key] = value;
            return;
        }
        if (section === 'dependencies' || section === 'optionalDependencies') {
            const [name, range] = splitPair(text);
            current.dependencies[name] = range;
        }
    });
    return entries;
}

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/yarn.js







const yarn_FIX = 'yarn install';
const yarn_HOSTS = ['registry.yarnpkg.com', 'registry.npmjs.org'];
/** `__metadata.version` of yarn 2 (4), 3 (6) and 4 (8); lockfile-check knows their layouts. */
const BERRY_VERSIONS = new Set([4, 5, 6, 7, 8]);
const yarn_FIELDS = DEPENDENCY_FIELDS.filter((field) => field !== 'peerDependencies');
/** `@s/a@npm:^1, @s/a@npm:^1.2` → `@s/a`. */
function descriptorName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at === -1 ? descriptor : descriptor.slice(0, at);
}
/** What yarn berry writes for a package.json range: `^1.0.0` → `npm:^1.0.0`, protocols kept. */
function berryRange(spec) {
    if (/^[a-z][a-z+]*:/i.test(spec))
        return spec;
    if (/^[^@\s/]+\/[^\s/]+$/.test(spec) && !/^[<>=~^\d*]/.test(spec))
        return spec;
    return `npm:${spec}`;
}
class YarnCheck {
    context;
    problems = new Problems('yarn', yarn_FIX);
    lock;
    constructor(context) {
        this.context = context;
    }
    async run() {
        const { cwd, pair } = this.context;
        this.lock = await readText(cwd, pair.lockfile);
        const workspaces = await this.workspaces();
        if (/^# yarn lockfile v1\s*$/m.test(this.lock.text.slice(0, 300)))
            return this.checkV1(workspaces);
        if (/^__metadata:/m.test(this.lock.text))
            return this.checkBerry(workspaces);
        this.problems.add('unsupported-format', this.lock.path, 1, '', `${this.lock.path} is neither a yarn v1 lockfile ('# yarn lockfile v1') nor a yarn 2+ lockfile (__metadata); refusing to pass it unchecked`);
    }
    async workspaces() {
        const { cwd, pair } = this.context;
        const manifest = await readText(cwd, pair.manifest);
        const pkg = parseJson(manifest);
        if (!isRecord(pkg))
            return [];
        const list = [{ folder: '.', manifest, pkg }];
        for (const folder of await expandWorkspaces((0,external_node_path_namespaceObject.resolve)(cwd, pair.dir), workspacePatterns(pkg))) {
            const file = await readText(cwd, external_node_path_namespaceObject.posix.join(pair.dir, folder, 'package.json'));
            const member = parseJson(file);
            if (isRecord(member))
                list.push({ folder, manifest: file, pkg: member });
        }
        return list;
    }
    checkV1(workspaces) {
        const entries = parseYarnV1(this.lock);
        const keys = new Set(entries.flatMap((entry) => entry.keys));
        const local = new Set(workspaces.map((workspace) => String(workspace.pkg.name ?? '')));
        for (const { manifest, pkg } of workspaces) {
            for (const field of yarn_FIELDS) {
                for (const [name, spec] of Object.entries(stringMap(pkg[field]))) {
                    if (local.has(name) || keys.has(`${name}@${spec}`))
                        continue;
                    const known = entries.find((entry) => entry.keys.some((key) => descriptorName(key) === name));
                    const detail = known
                        ? ` (it has ${known.keys.filter((key) => descriptorName(key) === name).join(', ')})`
                        : '';
                    this.problems.add('not-locked', manifest.path, manifestLine(manifest, field, name), name, `${name}@${spec} (${field}) is not in ${this.lock.path}${detail}`);
                }
            }
        }
        for (const entry of entries) {
            const name = descriptorName(entry.keys[0]);
            const resolved = entry.fields.resolved;
            const findings = [];
            if (resolved)
                findings.push(...checkUrl(resolved, this.context.security, yarn_HOSTS), ...checkTarballName(name, resolved.replace(/#.*$/, '')));
            const tarball = resolved ? /^https?:.*\.tgz(#.*)?$/.test(resolved) : true;
            if (tarball && !resolved?.startsWith('file:'))
                findings.push(...checkIntegrity(entry.fields.integrity, this.context.security));
            this.report(findings, entry.line, name, `${name}@${entry.fields.version ?? '?'}`);
        }
    }
    async checkBerry(workspaces) {
        const data = await parseYamlText(this.lock);
        const metadata = isRecord(data) && isRecord(data.__metadata) ? data.__metadata : {};
        const version = Number(metadata.version);
        if (!isRecord(data) || !BERRY_VERSIONS.has(version)) {
            this.problems.add('unsupported-format', this.lock.path, findLine(this.lock.text, /^__metadata:/, /^\s+version:/), '', `${this.lock.path} has __metadata.version ${String(metadata.version)}, which this action does not know (expected 4 to 8); refusing to pass it unchecked`);
            return;
        }
        const byDescriptor = new Map();
        const keyOf = new Map();
        for (const [key, entry] of Object.entries(data)) {
            if (key === '__metadata' || !isRecord(entry))
                continue;
            keyOf.set(entry, key);
            for (const descriptor of key.split(/,\s*/))
                byDescriptor.set(descriptor, entry);
        }
        for (const workspace of workspaces)
            this.checkBerryWorkspace(workspace, byDescriptor);
        for (const [entry, key] of keyOf) {
            const resolution = String(entry.resolution ?? '');
            const name = descriptorName(resolution || key);
            const reference = resolution.slice(name.length + 1);
            if (entry.linkType === 'soft' || /^(workspace|link|portal|file|patch):/.test(reference))
                continue;
            const findings = [];
            const url = reference.replace(/^npm:/, '');
            if (/^https?:/.test(url))
                findings.push(...checkUrl(url, this.context.security, yarn_HOSTS), ...checkTarballName(name, url.replace(/#.*$/, '')));
            if (this.context.security.requireIntegrity && typeof entry.checksum !== 'string') {
                findings.push({ kind: 'integrity', message: 'has no checksum' });
            }
            const line = findLine(this.lock.text, undefined, new RegExp(`^"?${escapeRegex(key)}"?:`));
            this.report(findings, line, name, resolution);
        }
    }
    checkBerryWorkspace(workspace, byDescriptor) {
        const { manifest, pkg, folder } = workspace;
        const name = typeof pkg.name === 'string' ? pkg.name : `root-workspace-0b6124`;
        const entry = byDescriptor.get(`${name}@workspace:${folder}`);
        const where = folder === '.' ? 'the root workspace' : `workspace ${folder}`;
        if (!entry) {
            this.problems.add('workspace', manifest.path, 1, name, `${where} (${name}@workspace:${folder}) is not in ${this.lock.path}`);
            return;
        }
        const locked = { ...stringMap(entry.dependencies) };
        const wanted = new Map();
        for (const field of yarn_FIELDS)
            for (const [dep, spec] of Object.entries(stringMap(pkg[field])))
                wanted.set(dep, [field, spec]);
        for (const [dep, [field, spec]] of wanted) {
            const line = manifestLine(manifest, field, dep);
            if (!byDescriptor.has(`${dep}@${berryRange(spec)}`)) {
                this.problems.add('not-locked', manifest.path, line, dep, `${dep}@${spec} (${field} of ${where}) is not in ${this.lock.path}`);
            }
            else if (locked[dep] !== undefined && locked[dep] !== spec) {
                this.problems.add('spec-mismatch', manifest.path, line, dep, `${dep}: package.json says "${spec}", ${this.lock.path} was made for "${locked[dep]}"`);
            }
            else if (locked[dep] === undefined) {
                this.problems.add('not-locked', manifest.path, line, dep, `${dep}@${spec} is locked, but not as a dependency of ${where}`);
            }
        }
        for (const dep of Object.keys(locked)) {
            if (wanted.has(dep))
                continue;
            const line = findLine(this.lock.text, new RegExp(`^"?${escapeRegex(name)}@workspace:${escapeRegex(folder)}"?:`), new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`));
            this.problems.add('extraneous', this.lock.path, line, dep, `${dep} is locked as a dependency of ${where} but package.json no longer declares it`);
        }
        this.checkBerryPeers(workspace, entry, where);
    }
    /** Berry copies a workspace's peerDependencies into its entry verbatim (unresolved). */
    checkBerryPeers(workspace, entry, where) {
        const { manifest, pkg } = workspace;
        const wanted = stringMap(pkg.peerDependencies);
        const locked = stringMap(entry.peerDependencies);
        for (const [dep, spec] of Object.entries(wanted)) {
            if (locked[dep] === spec)
                continue;
            const was = locked[dep] === undefined ? 'does not list it' : `has "${locked[dep]}"`;
            this.problems.add(locked[dep] === undefined ? 'not-locked' : 'spec-mismatch', manifest.path, manifestLine(manifest, 'peerDependencies', dep), dep, `peer ${dep}@${spec} of ${where}: ${this.lock.path} ${was}`);
        }
        for (const [dep, spec] of Object.entries(locked)) {
            if (wanted[dep] !== undefined)
                continue;
            this.problems.add('extraneous', this.lock.path, findLine(this.lock.text, /^\s+peerDependencies:/, new RegExp(`^\\s+"?${escapeRegex(dep)}"?:`)), dep, `${this.lock.path} still lists peer ${dep}@${spec} of ${where}, which package.json no longer declares`);
        }
    }
    report(findings, line, name, label) {
        for (const finding of findings)
            this.problems.add(finding.kind, this.lock.path, line, name, `${label} ${finding.message}`);
    }
}
const yarn = {
    name: 'yarn',
    lockfiles: ['yarn.lock'],
    manifest: 'package.json',
    fix: yarn_FIX,
    defaultHosts: yarn_HOSTS,
    declaresDependencies: declaresJsDependencies,
    async check(context) {
        const check = new YarnCheck(context);
        return check.problems.guard(() => check.run());
    },
};

;// CONCATENATED MODULE: ./actions/lockfile-check/ecosystems/index.js







const ECOSYSTEM_CHECKS = { npm: npm, pnpm: pnpm, yarn: yarn, uv: uv, poetry: poetry, cargo: cargo, go: go };

;// CONCATENATED MODULE: ./actions/lockfile-check/native.js
/** The package manager's own read-only verdict on a lockfile. */
const NATIVE_COMMANDS = {
    npm: ['npm', 'ci', '--dry-run', '--ignore-scripts'],
    pnpm: ['pnpm', 'install', '--frozen-lockfile', '--lockfile-only'],
    yarn: ['yarn', 'install', '--immutable', '--mode=skip-build'],
    uv: ['uv', 'lock', '--check', '--offline'],
    poetry: ['poetry', 'check', '--lock'],
    cargo: ['cargo', 'metadata', '--locked', '--offline', '--format-version', '1'],
    go: ['go', 'mod', 'verify'],
};
/** yarn 1 has neither --immutable nor --mode; its frozen install is spelled differently. */
const YARN_V1 = ['yarn', 'install', '--frozen-lockfile', '--ignore-scripts'];
/** The native command for a lockfile; `lockfileHead` tells yarn 1 lockfiles from yarn 2+ ones. */
function nativeCommand(ecosystem, lockfileHead = '') {
    if (ecosystem === 'yarn' && /^# yarn lockfile v1/m.test(lockfileHead))
        return YARN_V1;
    return NATIVE_COMMANDS[ecosystem];
}
/** Runs the native check in `dir`; a tool that is not installed is `missing`, never a crash. */
async function runNative(argv, dir, options) {
    const [file, ...args] = argv;
    const command = argv.join(' ');
    // Loaded here (node:child_process costs a millisecond of start-up): most runs never start a native check.
    const { runCommand } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 3600));
    try {
        const outcome = await runCommand(file, args, {
            cwd: dir,
            signal: options.signal,
            timeoutMs: options.timeoutMs,
        });
        if (outcome.exitCode === 0)
            return { result: 'ok', command };
        const lines = `${outcome.stderr}\n${outcome.stdout}`
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line && !/^npm (warn|notice)/i.test(line));
        const detail = outcome.timedOut
            ? `timed out after ${options.timeoutMs / 1000}s`
            : (lines.find((line) => /error|invalid|out of (date|sync)|mismatch|missing|not/i.test(line)) ??
                lines[0] ??
                `exit code ${outcome.exitCode}`);
        return { result: 'failed', command, detail: detail.slice(0, 300) };
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { result: 'missing', command };
        throw error;
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/check.js






/** Discovers every manifest/lockfile pair under the root and checks each one. */
async function checkAll(options) {
    const { pairs, conflicts } = await discover(options);
    const checked = [];
    for (const pair of pairs) {
        const result = await checkPair(pair, options);
        if (result)
            checked.push(result);
    }
    for (const conflict of conflicts) {
        const owner = checked.find((pair) => pair.lockfile === conflict.lockfiles[0]);
        if (!owner)
            continue;
        owner.problems.push({
            file: conflict.lockfiles[1],
            line: 1,
            ecosystem: owner.ecosystem,
            kind: 'multiple-lockfiles',
            package: '',
            message: `${conflict.dir} has ${conflict.lockfiles.join(' and ')}: keep the one of the package manager you use and delete the other`,
            fix: `delete all but one of ${conflict.lockfiles.join(', ')}`,
            severity: 'warning',
        });
    }
    return checked;
}
async function checkPair(pair, options) {
    const ecosystem = ECOSYSTEM_CHECKS[pair.ecosystem];
    const problems = new Problems(pair.ecosystem, ecosystem.fix);
    if (!pair.lockfile) {
        let needed = false;
        await problems.guard(async () => {
            needed = await ecosystem.declaresDependencies(await readText(options.cwd, pair.manifest));
        });
        if (problems.list.length === 0 && !needed)
            return undefined;
        if (needed) {
            problems.add('missing-lockfile', pair.manifest, 1, '', `${pair.manifest} declares dependencies but has no lockfile; run \`${ecosystem.fix}\` and commit ${ecosystem.lockfiles.at(-1)}`);
        }
        return { ...pair, problems: problems.list };
    }
    if (!pair.manifest) {
        problems.warn('extraneous', pair.lockfile, 1, '', `${pair.lockfile} has no ${ecosystem.manifest} next to it; delete it or add the manifest`, `rm ${pair.lockfile}`);
        return { ...pair, problems: problems.list };
    }
    const found = await ecosystem.check({ pair, cwd: options.cwd, security: options.security });
    const result = { ...pair, problems: found };
    if (options.native !== 'never')
        await addNative(result, options);
    return result;
}
async function addNative(result, options) {
    let head = '';
    if (result.ecosystem === 'yarn')
        head = (await readText(options.cwd, result.lockfile)).text.slice(0, 200);
    const outcome = await runNative(nativeCommand(result.ecosystem, head), (0,external_node_path_namespaceObject.resolve)(options.cwd, result.dir), {
        signal: options.signal,
        timeoutMs: options.nativeTimeoutMs ?? 300_000,
    });
    const ecosystem = ECOSYSTEM_CHECKS[result.ecosystem];
    const base = {
        file: result.lockfile,
        line: 1,
        ecosystem: result.ecosystem,
        package: '',
        fix: ecosystem.fix,
    };
    if (outcome.result === 'ok')
        result.native = `${outcome.command}: ok`;
    else if (outcome.result === 'failed') {
        result.native = `${outcome.command}: failed`;
        result.problems.push({
            ...base,
            kind: 'native',
            severity: 'error',
            message: `\`${outcome.command}\` failed: ${outcome.detail}`,
        });
    }
    else {
        result.native = `${outcome.command}: not installed`;
        if (options.native === 'always') {
            result.problems.push({
                ...base,
                kind: 'native-missing',
                severity: 'error',
                message: `native: always, but \`${outcome.command.split(' ')[0]}\` is not installed`,
                fix: `install ${outcome.command.split(' ')[0]} before this step, or set native: auto`,
            });
        }
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/inputs.js
// Generated from lockfile-check/action.yml by `npm run generate`. Do not edit.
const Inputs = {
    Path: { name: 'path', default: '.' },
    Ecosystems: { name: 'ecosystems', default: 'auto' },
    Native: { name: 'native', default: 'never' },
    AllowedHosts: { name: 'allowed-hosts' },
    RequireHttps: { name: 'require-https', default: 'true' },
    RequireIntegrity: { name: 'require-integrity', default: 'true' },
    Ignore: { name: 'ignore' },
};
const Outputs = {
    Status: 'status',
    Problems: 'problems',
    Lockfiles: 'lockfiles',
};

;// CONCATENATED MODULE: ./actions/lockfile-check/types.js
const ECOSYSTEMS = ['npm', 'pnpm', 'yarn', 'uv', 'poetry', 'cargo', 'go'];
const KIND_CATEGORY = {
    'missing-lockfile': 'stale',
    'not-locked': 'stale',
    unsatisfied: 'stale',
    'spec-mismatch': 'stale',
    extraneous: 'stale',
    'dependency-type': 'stale',
    workspace: 'stale',
    'content-hash': 'stale',
    'requires-python': 'stale',
    'missing-sum': 'stale',
    native: 'stale',
    host: 'unsafe',
    https: 'unsafe',
    integrity: 'unsafe',
    'name-mismatch': 'unsafe',
    parse: 'error',
    'unsupported-format': 'error',
    'outdated-format': 'error',
    'multiple-lockfiles': 'error',
    'native-missing': 'error',
};

;// CONCATENATED MODULE: ./actions/lockfile-check/report.js

const RANK = { ok: 0, stale: 1, unsafe: 2, error: 3 };
/** The worst category among failing problems: error (could not check) > unsafe > stale > ok. */
function overallStatus(problems) {
    let status = 'ok';
    for (const problem of problems) {
        if (problem.severity !== 'error')
            continue;
        const category = KIND_CATEGORY[problem.kind];
        if (RANK[category] > RANK[status])
            status = category;
    }
    return status;
}
/** The `problems` output: the fields the action.yml promises, plus severity. */
function problemsJson(problems) {
    return problems.map((problem) => ({
        file: problem.file,
        line: problem.line,
        ecosystem: problem.ecosystem,
        kind: problem.kind,
        package: problem.package,
        message: problem.message,
        fix: problem.fix,
        severity: problem.severity,
    }));
}
function lockfilesJson(pairs) {
    return pairs.map((pair) => ({
        ecosystem: pair.ecosystem,
        manifest: pair.manifest ?? null,
        lockfile: pair.lockfile ?? null,
        status: overallStatus(pair.problems),
    }));
}
const SUMMARY_COLUMNS = ['lockfile', 'ecosystem', 'result', 'package', 'problem', 'fix'];
/** Rows per lockfile in the job summary: a badly broken lockfile must not push the rest out of view. */
const MAX_ROWS_PER_LOCKFILE = 50;
/** One row per problem, grouped by lockfile; a lockfile without problems gets one ✅ row. */
function summaryRows(pairs) {
    const rows = [];
    for (const pair of pairs) {
        const name = pair.lockfile ?? `${pair.manifest} (no lockfile)`;
        if (pair.problems.length === 0) {
            rows.push([name, pair.ecosystem, '✅ ok', '', pair.native ?? '', '']);
            continue;
        }
        const hidden = pair.problems.length - MAX_ROWS_PER_LOCKFILE;
        for (const problem of pair.problems.slice(0, MAX_ROWS_PER_LOCKFILE)) {
            const icon = problem.severity === 'warning' ? '⚠️' : '❌';
            rows.push([
                name,
                pair.ecosystem,
                `${icon} ${problem.kind}`,
                problem.package,
                `${problem.file}:${problem.line}: ${problem.message}`,
                problem.fix,
            ]);
        }
        if (hidden > 0)
            rows.push([name, pair.ecosystem, '…', '', `${hidden} more problems (see the problems output)`, '']);
    }
    return rows;
}
const VERDICT = {
    ok: 'in sync',
    stale: 'out of date',
    unsafe: 'unsafe',
    error: 'could not be checked',
};
/** The one-line failure: `1 lockfile out of date: package-lock.json: semver@^7 … is not in …; fix: npm install`. */
function failureMessage(pairs) {
    const failing = pairs.filter((pair) => overallStatus(pair.problems) !== 'ok');
    const statuses = [...new Set(failing.map((pair) => overallStatus(pair.problems)))];
    const parts = failing.map((pair) => {
        const errors = pair.problems.filter((problem) => problem.severity === 'error');
        const first = errors[0];
        const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
        const status = statuses.length > 1 ? ` (${overallStatus(pair.problems)})` : '';
        return `${pair.lockfile ?? pair.manifest}${status}: ${first.message}${more}; fix: ${first.fix}`;
    });
    const what = failing.length === 1 ? '1 lockfile' : `${failing.length} lockfiles`;
    return `${what} ${statuses.map((status) => VERDICT[status]).join(' or ')}: ${parts.join(' | ')}`;
}

;// CONCATENATED MODULE: ./shared/duration.js
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const duration_PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy;
/**
 * Parses `500ms`, `30s`, `5m`, `1h30m`, `1.5s`; a bare number means seconds.
 * Returns milliseconds, or undefined when the text is not a duration.
 */
function duration_parseDuration(text) {
    const value = text.trim().toLowerCase();
    if (value === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.round(Number(value) * 1000);
    duration_PART.lastIndex = 0;
    let total = 0;
    let consumed = 0;
    for (let match = duration_PART.exec(value); match; match = duration_PART.exec(value)) {
        total += Number(match[1]) * UNIT_MS[match[2]];
        consumed = duration_PART.lastIndex;
    }
    if (consumed !== value.length || consumed === 0)
        return undefined;
    return Math.round(total);
}
/** `1234` → `1.23s`, `125000` → `2m5s`, `40` → `40ms`. */
function duration_formatDuration(ms) {
    if (!Number.isFinite(ms))
        return String(ms);
    const rounded = Math.max(0, Math.round(ms));
    if (rounded < 1000)
        return `${rounded}ms`;
    if (rounded < 60_000)
        return `${Number((rounded / 1000).toFixed(2))}s`;
    const hours = Math.floor(rounded / 3_600_000);
    const minutes = Math.floor((rounded % 3_600_000) / 60_000);
    const seconds = Math.floor((rounded % 60_000) / 1000);
    return [hours ? `${hours}h` : '', minutes ? `${minutes}m` : '', seconds ? `${seconds}s` : '']
        .join('')
        .replace(/^$/, '0s');
}

;// CONCATENATED MODULE: ./shared/inputs.js




/** The runner passes `with:` values as `INPUT_<NAME>`: upper-cased, spaces → `_`, hyphens kept. */
function inputEnvName(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
function quote(value) {
    const oneLine = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `'${oneLine.replace(/\n/g, '\\n')}'`;
}
function fail(spec, expected, got) {
    throw new errors/* ConfigError */.xL(`input '${spec.name}' ${expected}${got === undefined ? '' : `, got ${quote(got)}`}`);
}
/** The trimmed value, the action.yml default when empty, or an error when required and still empty. */
function getString(spec) {
    const raw = (process.env[inputEnvName(spec.name)] ?? '').trim();
    const value = raw === '' ? (spec.default ?? '').trim() : raw;
    if (value === '' && spec.required)
        fail(spec, 'is required');
    return value;
}
/** The value without trimming (scripts, PEM text): leading indentation can matter. */
function getText(spec) {
    const raw = process.env[inputEnvName(spec.name)] ?? '';
    const value = raw.trim() === '' ? (spec.default ?? '') : raw;
    if (value.trim() === '' && spec.required)
        fail(spec, 'is required');
    return value;
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function getBool(spec) {
    const value = getString(spec).toLowerCase();
    if (TRUE.has(value))
        return true;
    if (FALSE.has(value) || value === '')
        return false;
    return fail(spec, 'must be true or false', value);
}
function getInt(spec, limits = {}) {
    const value = getString(spec);
    if (!/^-?\d+$/.test(value))
        fail(spec, 'must be a whole number', value);
    const number = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = limits;
    if (number < min || number > max) {
        const bounds = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `from ${min} to ${max}`;
        fail(spec, `must be a whole number ${bounds}`, value);
    }
    return number;
}
/** Milliseconds from `500ms`, `30s`, `5m`, `1h30m` (a bare number is seconds). */
function getDuration(spec, limits = {}) {
    const value = getString(spec);
    const ms = parseDuration(value);
    if (ms === undefined)
        fail(spec, 'must be a duration like 30s or 5m', value);
    if (limits.min !== undefined && ms < limits.min)
        fail(spec, `must be at least ${formatDuration(limits.min)}`, value);
    if (limits.max !== undefined && ms > limits.max)
        fail(spec, `must be at most ${formatDuration(limits.max)}`, value);
    return ms;
}
function getEnum(spec, allowed) {
    const value = getString(spec).toLowerCase();
    if (allowed.includes(value))
        return value;
    return fail(spec, `must be one of ${allowed.join(', ')}`, value);
}
/** One item per line; blank lines and lines starting with `#` are skipped. */
function getList(spec) {
    return splitLines(getString(spec));
}
function splitLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
/** Lines `KEY=value` (the value may contain `=`); keys must match `keyPattern` when given. */
function getMap(spec, keyPattern) {
    const entries = [];
    for (const line of getList(spec)) {
        const eq = line.indexOf('=');
        const key = eq < 0 ? '' : line.slice(0, eq).trim();
        if (eq <= 0 || key === '')
            fail(spec, 'must have lines of the form KEY=value', line);
        if (keyPattern && !keyPattern.test(key))
            fail(spec, `has an invalid key '${key}' (expected ${keyPattern.source})`);
        entries.push([key, line.slice(eq + 1)]);
    }
    return entries;
}
/** HTTP header lines `Name: value`. */
function getHeaders(spec) {
    const headers = [];
    for (const line of getList(spec)) {
        const colon = line.indexOf(':');
        const name = colon < 0 ? '' : line.slice(0, colon).trim();
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) {
            fail(spec, "must have lines of the form 'Name: value'", `${line.slice(0, Math.max(colon, 0)) || line}`);
        }
        headers.push([name, line.slice(colon + 1).trim()]);
    }
    return headers;
}
function getStatusSet(spec) {
    const value = getString(spec);
    const set = parseStatusSet(value);
    if (!set)
        fail(spec, 'must be HTTP statuses or ranges like 200-299,304', value);
    return set;
}
/** A JavaScript regular expression (`ok` or `/ok/i`), or undefined when the input is empty. */
function getRegex(spec) {
    const value = getString(spec);
    if (value === '')
        return undefined;
    const literal = /^\/(.+)\/([imsu]*)$/s.exec(value);
    try {
        return literal ? new RegExp(literal[1], literal[2]) : new RegExp(value);
    }
    catch (error) {
        const reason = error.message.replace(/^Invalid regular expression: /, '');
        return fail(spec, `must be a valid regular expression (${reason})`);
    }
}
/** PEM text given inline, or read from the file the input names. */
function getPem(spec) {
    const value = getText(spec).trim();
    if (value === '')
        return undefined;
    if (value.includes('-----BEGIN'))
        return value;
    try {
        const text = readFileSync(value, 'utf8');
        if (!text.includes('-----BEGIN'))
            fail(spec, `must be PEM text or a PEM file; '${value}' holds no PEM block`);
        return text;
    }
    catch (error) {
        if (error instanceof ConfigError)
            throw error;
        return fail(spec, `must be PEM text or the path of a PEM file; cannot read '${value}'`);
    }
}

;// CONCATENATED MODULE: ./actions/lockfile-check/settings.js






/** Items of a list input, one per line or separated by commas/spaces. */
function items(values) {
    return values.flatMap((line) => line.split(/[\s,]+/)).filter(Boolean);
}
function readRoot(cwd) {
    const value = getString(Inputs.Path);
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, value);
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(absolute).isDirectory();
    }
    catch {
        throw new errors/* ConfigError */.xL(`input '${Inputs.Path.name}' must be an existing folder, got '${value}'`);
    }
    if (!isDirectory)
        throw new errors/* ConfigError */.xL(`input '${Inputs.Path.name}' must be a folder, not a file: '${value}'`);
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, absolute);
    if ((0,external_node_path_namespaceObject.isAbsolute)(rel))
        return absolute.split(external_node_path_namespaceObject.sep).join('/');
    return rel === '' ? '.' : rel.split(external_node_path_namespaceObject.sep).join('/');
}
function readEcosystems() {
    const values = items(getList(Inputs.Ecosystems)).map((value) => value.toLowerCase());
    if (values.length === 0 || (values.length === 1 && values[0] === 'auto'))
        return [...ECOSYSTEMS];
    for (const value of values) {
        if (!ECOSYSTEMS.includes(value)) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.Ecosystems.name}' must be auto or a list of ${ECOSYSTEMS.join(', ')}, got '${value}'`);
        }
    }
    return [...new Set(values)];
}
function readHosts() {
    const hosts = items(getList(Inputs.AllowedHosts)).map((host) => host.replace(/^[a-z+]+:\/\//i, '').replace(/\/.*$/, ''));
    for (const host of hosts) {
        if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(host)) {
            throw new errors/* ConfigError */.xL(`input '${Inputs.AllowedHosts.name}' must list host names like registry.npmjs.org or *.example.com, got '${host}'`);
        }
    }
    return hosts.length ? hosts.map((host) => host.replace(/:\d+$/, '')) : undefined;
}
function readSettings(cwd = process.cwd()) {
    return {
        cwd,
        root: readRoot(cwd),
        ecosystems: readEcosystems(),
        native: getEnum(Inputs.Native, ['never', 'auto', 'always']),
        security: {
            allowedHosts: readHosts(),
            requireHttps: getBool(Inputs.RequireHttps),
            requireIntegrity: getBool(Inputs.RequireIntegrity),
        },
        ignore: getList(Inputs.Ignore),
    };
}

;// CONCATENATED MODULE: ./actions/lockfile-check/main.js







const ACTION = 'lockfile-check';
const MAX_ANNOTATIONS = 50;
async function run({ signal }) {
    const settings = readSettings();
    // process.hrtime, not performance.now(): the first use of `performance` costs a millisecond of set-up.
    const started = process.hrtime.bigint();
    const pairs = await checkAll({ ...settings, signal });
    const problems = pairs.flatMap((pair) => pair.problems);
    const status = overallStatus(problems);
    for (const pair of pairs) {
        const pairStatus = overallStatus(pair.problems);
        const native = pair.native ? `; ${pair.native}` : '';
        core/* info */.pq(`${pairStatus === 'ok' ? '✔' : '✖'} ${pair.lockfile ?? pair.manifest} (${pair.ecosystem}): ${pairStatus}${native}`);
    }
    // The runner shows only the first few annotations of a step; the rest stay in the log and outputs.
    const errorsFirst = [...problems].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
    for (const problem of errorsFirst.slice(0, MAX_ANNOTATIONS)) {
        annotate(problem.severity === 'error' ? 'error' : 'warning', `${problem.message} (fix: ${problem.fix})`, {
            file: problem.file,
            line: problem.line,
            title: `lockfile-check: ${problem.kind}${problem.package ? ` ${problem.package}` : ''}`,
        });
    }
    if (problems.length > MAX_ANNOTATIONS) {
        core/* info */.pq(`${problems.length - MAX_ANNOTATIONS} more problems are not annotated; all are in the problems output`);
    }
    setOutputs({
        [Outputs.Status]: status,
        [Outputs.Problems]: problemsJson(problems),
        [Outputs.Lockfiles]: lockfilesJson(pairs),
    });
    const elapsed = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
    await writeSummaryTable({
        heading: `lockfile-check: ${status}`,
        intro: `${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} checked under ${settings.root} in ${elapsed}ms`,
        columns: SUMMARY_COLUMNS,
        rows: summaryRows(pairs),
    });
    if (status !== 'ok')
        throw new errors/* ActionFailure */.dR(failureMessage(pairs));
    if (pairs.length === 0)
        core/* warning */.$e(`${ACTION}: no manifest or lockfile found under ${settings.root}`);
    else
        core/* info */.pq(`${pairs.length} lockfile${pairs.length === 1 ? '' : 's'} in sync (${elapsed}ms)`);
}


/***/ }),

/***/ 1896:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  z3: () => (/* binding */ error),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: endGroup, getState, output, saveState, setSecret, startGroup

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./shared/core.js
// The workflow-command and file-command protocol of the Actions runner: the small part of @actions/core the
// actions use. @actions/core pulls in an HTTP client (for OIDC tokens) that costs every action ~1 MB of
// bundle and ~40 ms of start-up; this is the same protocol in a few lines.



/** node:crypto costs ~5 ms of start-up to load: only where there is no /dev/urandom (Windows). */
const requireBuiltin = (0,external_node_module_.createRequire)(import.meta.url);
/** 16 bytes from the operating system's secure random source, as hex. */
function randomHex() {
    const bytes = Buffer.alloc(16);
    try {
        const fd = (0,external_node_fs_.openSync)('/dev/urandom', 'r');
        try {
            if ((0,external_node_fs_.readSync)(fd, bytes, 0, bytes.length, null) === bytes.length)
                return bytes.toString('hex');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        // no /dev/urandom
    }
    return requireBuiltin('node:crypto').randomBytes(16).toString('hex');
}
/**
 * Whether output goes through process.stdout: for a terminal, and from the first write to file descriptor 1
 * that fails on (a full non-blocking pipe, a closed descriptor), so that order and error handling stay
 * Node's. Otherwise (the runner reads a step's log from a pipe) writes go straight to the descriptor:
 * creating process.stdout for a pipe costs ~3 ms of every action's start and exit, and Node writes to
 * pipes and files synchronously on Linux anyway.
 */
let viaStream;
function writeStdout(text) {
    if (viaStream === undefined) {
        try {
            viaStream = (0,external_node_fs_.fstatSync)(1).isCharacterDevice();
        }
        catch {
            viaStream = true;
        }
    }
    if (!viaStream) {
        const data = Buffer.from(text, 'utf8');
        let written = 0;
        try {
            while (written < data.length)
                written += (0,external_node_fs_.writeSync)(1, data, written);
            return;
        }
        catch {
            viaStream = true;
            process.stdout.write(data.subarray(written));
            return;
        }
    }
    process.stdout.write(text);
}
/** Where log lines and workflow commands are written; tests capture them by replacing `write`. */
const output = { write: writeStdout };
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name key=value,…::message`, escaped as the runner expects. */
function issueCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter(([, value]) => value !== undefined && value !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    output.write(`::${name}${props ? ` ${props}` : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** Appends `name<<delimiter … delimiter` to a file command (GITHUB_OUTPUT, GITHUB_STATE, …). */
function fileCommand(variable, name, value) {
    const file = process.env[variable];
    if (!file)
        return false;
    // Unguessable, so a value cannot end the block early; and checked below all the same.
    const delimiter = `ghadelimiter_${randomHex()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`${variable}: the value of '${name}' contains the delimiter`);
    }
    (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
    return true;
}
function info(message) {
    output.write(`${message}${external_node_os_namespaceObject.EOL}`);
}
function isDebug() {
    return process.env.RUNNER_DEBUG === '1';
}
function annotation(level, message, props = {}) {
    issueCommand(level, {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
        col: props.startColumn,
        endColumn: props.endColumn,
    }, message);
}
function error(message, props) {
    annotation('error', message, props);
}
function warning(message, props) {
    annotation('warning', message, props);
}
function notice(message, props) {
    annotation('notice', message, props);
}
/** An error annotation and exit code 1 once the process ends. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup', {}, '');
}
function setOutput(name, value) {
    if (!fileCommand('GITHUB_OUTPUT', name, value)) {
        output.write(external_node_os_namespaceObject.EOL);
        issueCommand('set-output', { name }, value);
    }
}
/** Kept for the post step, which reads it with getState. */
function saveState(name, value) {
    if (!fileCommand('GITHUB_STATE', name, value))
        issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Appends markdown/HTML to the job summary; false outside a runner. */
function appendSummary(text) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_.appendFileSync)(file, text, 'utf8');
    return true;
}


/***/ }),

/***/ 9952:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BI: () => (/* binding */ isExpectedError),
/* harmony export */   dR: () => (/* binding */ ActionFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   oM: () => (/* binding */ AbortedError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   zf: () => (/* binding */ isAbortError)
/* harmony export */ });
/* unused harmony export describeSystemError */
/**
 * A problem the user can fix in their workflow (bad input, missing file, wrong setup).
 * Reported as one line, never with a stack trace.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}
/**
 * The action did its job and the answer is "no" (service never became healthy, lockfile is stale, …).
 * Reported as one line; details were already logged by the action.
 */
class ActionFailure extends Error {
    name = 'ActionFailure';
}
/** Duck-typed, so errors from another realm (vm contexts, workers) are recognised too. */
function isErrorLike(error) {
    return typeof error === 'object' && error !== null && typeof error.message === 'string';
}
/** Thrown by waits when the step is cancelled (SIGINT/SIGTERM) or an AbortSignal fires. */
class AbortedError extends Error {
    name = 'AbortError';
    constructor(message = 'cancelled') {
        super(message);
    }
}
function isAbortError(error) {
    return error instanceof AbortedError || (isErrorLike(error) && error.name === 'AbortError');
}
/** Errors whose message is the whole story: no stack, even with debug logging on. */
function isExpectedError(error) {
    return error instanceof ConfigError || error instanceof ActionFailure || error instanceof AbortedError;
}
function errorMessage(error) {
    return isErrorLike(error) ? error.message : String(error);
}
/** Node system errors (`ECONNREFUSED 127.0.0.1:8080`) rendered the way people search for them. */
function describeSystemError(error) {
    if (!isErrorLike(error))
        return String(error);
    const sys = error;
    if (error instanceof AggregateError || Array.isArray(error.errors)) {
        if (error.errors.length === 0)
            return error.message;
        // `ECONNREFUSED 127.0.0.1:80, [::1]:80` rather than the code repeated for every address tried.
        const parts = [...new Set(error.errors.map((inner) => describeSystemError(inner)))];
        const code = /^\S+ /.exec(parts[0])?.[0];
        if (code && parts.every((part) => part.startsWith(code))) {
            return code + parts.map((part) => part.slice(code.length)).join(', ');
        }
        return parts.join(', ');
    }
    if (sys.code && sys.address) {
        const host = sys.address.includes(':') ? `[${sys.address}]` : sys.address;
        return sys.port !== undefined ? `${sys.code} ${host}:${sys.port}` : `${sys.code} ${sys.address}`;
    }
    if (sys.code && !error.message.includes(sys.code))
        return `${sys.code}: ${error.message}`;
    return error.message;
}


/***/ }),

/***/ 3600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: ./shared/errors.js
var errors = __nccwpck_require__(9952);
;// CONCATENATED MODULE: ./shared/retry.js

/** An absolute point in time that every wait of a step is bounded by. */
class Deadline {
    totalMs;
    startedAt;
    at;
    constructor(totalMs, startedAt = Date.now()) {
        this.totalMs = totalMs;
        this.startedAt = startedAt;
        this.at = startedAt + totalMs;
    }
    remaining(now = Date.now()) {
        return Math.max(0, this.at - now);
    }
    expired(now = Date.now()) {
        return now >= this.at;
    }
    elapsed(now = Date.now()) {
        return now - this.startedAt;
    }
}
function abortReason(signal) {
    return signal.reason instanceof Error || signal.reason?.name === 'AbortError'
        ? signal.reason
        : new errors/* AbortedError */.oM();
}
/** Resolves after `ms`, or rejects as soon as `signal` aborts. Never keeps the process alive by itself. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(abortReason(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(abortReason(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, Math.max(0, ms));
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** Exponential backoff: initial, initial×factor, … capped at max. */
class Backoff {
    options;
    current;
    constructor(options) {
        this.options = options;
        this.current = options.initialMs;
    }
    next() {
        const { maxMs, factor = 2, jitter = 0, random = Math.random } = this.options;
        const base = Math.min(this.current, maxMs);
        this.current = Math.min(this.current * factor, maxMs);
        return Math.round(base * (1 - jitter * random()));
    }
    reset() {
        this.current = this.options.initialMs;
    }
}
/** Calls `fn` until it resolves, the deadline passes (last error is thrown) or the signal aborts. */
async function retry(fn, options) {
    const { deadline, backoff, signal, retryIf = () => true, onRetry } = options;
    for (let attempt = 1;; attempt++) {
        if (signal?.aborted)
            throw abortReason(signal);
        try {
            return await fn(attempt);
        }
        catch (error) {
            if (signal?.aborted)
                throw abortReason(signal);
            const delay = Math.min(backoff.next(), deadline.remaining());
            if (!retryIf(error) || deadline.expired() || delay <= 0)
                throw error;
            onRetry?.(error, attempt, delay);
            await sleep(delay, signal);
        }
    }
}

;// CONCATENATED MODULE: ./shared/exec.js


class TailBuffer {
    max;
    chunks = [];
    size = 0;
    constructor(max) {
        this.max = max;
    }
    push(chunk) {
        this.chunks.push(chunk);
        this.size += chunk.length;
        while (this.size > this.max && this.chunks.length > 1)
            this.size -= this.chunks.shift().length;
    }
    toString() {
        const text = this.chunks.join('');
        return text.length > this.max ? text.slice(text.length - this.max) : text;
    }
}
/**
 * Runs a program without a shell. A timeout or abort sends SIGTERM, then SIGKILL after 2s; an abort
 * rejects with the signal's reason once the process is gone, a timeout resolves with `timedOut`.
 * A program that cannot be started rejects with its spawn error (ENOENT …).
 */
function runCommand(file, args, options = {}) {
    const started = performance.now();
    const max = options.maxOutputBytes ?? 1024 * 1024;
    return new Promise((resolve, reject) => {
        if (options.signal?.aborted)
            return reject(abortReason(options.signal));
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, args, {
            cwd: options.cwd,
            env: options.env ?? process.env,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const stdout = new TailBuffer(max);
        const stderr = new TailBuffer(max);
        let timedOut = false;
        let killTimer;
        const stop = () => {
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            killTimer.unref();
        };
        const timer = options.timeoutMs
            ? setTimeout(() => {
                timedOut = true;
                stop();
            }, options.timeoutMs)
            : undefined;
        options.signal?.addEventListener('abort', stop, { once: true });
        child.stdout.setEncoding('utf8').on('data', (chunk) => {
            stdout.push(chunk);
            options.onStdout?.(chunk);
        });
        child.stderr.setEncoding('utf8').on('data', (chunk) => {
            stderr.push(chunk);
            options.onStderr?.(chunk);
        });
        child.stdin.on('error', () => { });
        child.stdin.end(options.input ?? '');
        child.on('error', (error) => {
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', stop);
            reject(error);
        });
        child.on('close', (exitCode, signal) => {
            clearTimeout(timer);
            clearTimeout(killTimer);
            options.signal?.removeEventListener('abort', stop);
            if (options.signal?.aborted)
                return reject(abortReason(options.signal));
            resolve({
                exitCode,
                signal,
                stdout: stdout.toString(),
                stderr: stderr.toString(),
                durationMs: Math.round(performance.now() - started),
                timedOut,
            });
        });
    });
}


/***/ }),

/***/ 8937:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ runAction)
/* harmony export */ });
/* unused harmony export reportError */
/* harmony import */ var _core_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1896);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9952);


function debugEnabled() {
    return _core_js__WEBPACK_IMPORTED_MODULE_0__/* .isDebug */ ._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}
/** Reports an error as one `<action>: …` line; a stack only for bugs and only in debug mode. */
function reportError(action, error, phase = 'main') {
    let message;
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAbortError */ .zf)(error))
        message = `${action}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    else if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isExpectedError */ .BI)(error))
        message = `${action}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
    else {
        message = `${action}: unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error)}`;
        const stack = error instanceof Error ? error.stack : undefined;
        if (stack && debugEnabled())
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(stack);
        else if (stack)
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('(run with ACTIONS_STEP_DEBUG=true for the stack trace)');
    }
    if (phase === 'post')
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    else
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
}
/**
 * The one entry point of every action: wires cancellation to an AbortSignal, turns errors into a
 * one-line failure, and ends the process when the action is done.
 */
async function runAction(action, body, options = {}) {
    const { cleanupGraceMs = 10_000, exit = true, phase = 'main' } = options;
    const controller = new AbortController();
    let forceTimer;
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${action}: second ${signal}, stopping now`);
            process.exit(130);
        }
        _core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${action}: received ${signal}, cancelling and cleaning up`);
        controller.abort(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AbortedError */ .oM(`cancelled (${signal})`));
        forceTimer = setTimeout(() => {
            _core_js__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${action}: cleanup did not finish within ${cleanupGraceMs / 1000}s after ${signal}`);
            process.exit(1);
        }, cleanupGraceMs);
        forceTimer.unref();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
        await body({ signal: controller.signal });
        if (controller.signal.aborted)
            reportError(action, controller.signal.reason, phase);
    }
    catch (error) {
        reportError(action, controller.signal.aborted ? controller.signal.reason : error, phase);
    }
    finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        if (forceTimer)
            clearTimeout(forceTimer);
    }
    if (exit)
        process.exit(phase === 'post' ? 0 : (process.exitCode ?? 0));
}


/***/ }),

/***/ 1746: __nccwpck_lazy(["__unused_webpack___webpack_module__","__webpack_exports__","__nccwpck_require__"], "\"use strict\";\n\n\n// EXPORTS\n__nccwpck_require__.d(__webpack_exports__, {\n  TomlError: () => (/* reexport */ TomlError),\n  parse: () => (/* reexport */ parse)\n});\n\n// UNUSED EXPORTS: TomlDate, default, stringify\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/error.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\nfunction getLineColFromPtr(string, ptr) {\n    let lines = string.slice(0, ptr).split(/\\r?\\n/);\n    return [lines.length, lines.pop().length + 1];\n}\nfunction makeCodeBlock(string, line, column) {\n    let lines = string.split(/\\r?\\n/);\n    let codeblock = '';\n    let numberLen = (Math.log10(line + 1) | 0) + 1;\n    for (let i = line - 1; i <= line + 1; i++) {\n        let l = lines[i - 1];\n        if (!l)\n            continue;\n        codeblock += i.toString().padEnd(numberLen, ' ');\n        codeblock += ':  ';\n        codeblock += l;\n        codeblock += '\\n';\n        if (i === line) {\n            codeblock += ' '.repeat(numberLen + column + 2);\n            codeblock += '^\\n';\n        }\n    }\n    return codeblock;\n}\nclass TomlError extends Error {\n    line;\n    column;\n    codeblock;\n    constructor(message, options) {\n        const [line, column] = getLineColFromPtr(options.toml, options.ptr);\n        const codeblock = makeCodeBlock(options.toml, line, column);\n        super(`Invalid TOML document: ${message}\\n\\n${codeblock}`, options);\n        this.line = line;\n        this.column = column;\n        this.codeblock = codeblock;\n    }\n    /** @internal */\n    static x(message, ctx, ptr) {\n        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });\n    }\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/primitive.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n/** @internal */\nfunction parseString(ctx) {\n    let startPtr = ctx.p;\n    let c = ctx.s.charCodeAt(ctx.p++);\n    let first = c;\n    let isLiteral = c === 0x27; /* ' */\n    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);\n    if (isMultiline) {\n        // Trim initial newline\n        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \\n */)\n            ctx.p++;\n        else if (c === 0xd /* \\r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \\n */)\n            ctx.p += 2;\n    }\n    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.\n    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.\n    let parsed = '';\n    let sliceStart = ctx.p;\n    // states:\n    //   0 - decoding\n    //   1 - decoding escape\n    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)\n    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)\n    let state = 0;\n    for (; ctx.p < ctx.s.length; ctx.p++) {\n        c = ctx.s.charCodeAt(ctx.p);\n        // Deal with newlines first, since that simplifies control character checking and handling across all states\n        if (isMultiline && (c === 0xa /* \\n */ || (c === 0xd /* \\r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \\n */))) {\n            state = state && 3;\n        }\n        // Control characters are banned in TOML, so we throw an error if we encounter them\n        else if ((c < 0x20 && c !== 0x9 /* \\t */) || c === 0x7f) {\n            TomlError.x('control characters are not allowed in strings', ctx);\n        }\n        // The string might terminate while we're parsing through a newline escape.\n        // It must have encountered a newline; otherwise, it'll simply fail in another branch.\n        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {\n            if (isMultiline) {\n                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string\n                if (ctx.s.charCodeAt(ctx.p + 3) === first)\n                    ctx.p++;\n                if (ctx.s.charCodeAt(ctx.p + 3) === first)\n                    ctx.p++;\n            }\n            // If we're in a newline escape still, then there's nothing to add.\n            if (!state) {\n                // Avoid a useless concat operation if the string can be used as-is.\n                let s = ctx.s.slice(sliceStart, ctx.p);\n                parsed = parsed ? parsed + s : s;\n            }\n            ctx.p += isMultiline ? 3 : 1;\n            return parsed;\n        }\n        // Baseline state; keep moving forward unless an escape sequence starts\n        else if (!state) {\n            if (!isLiteral && c === 0x5c /* \\ */) {\n                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));\n                state = 1;\n            }\n        }\n        else if (state === 1) {\n            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape\n                let errPtr = ctx.p++ - 1;\n                let value = 0;\n                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;\n                for (let j = 0; j < len; j++, ctx.p++) {\n                    let hex = ctx.s.charCodeAt(ctx.p);\n                    let digit = \n                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :\n                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :\n                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;\n                    if (digit < 0)\n                        TomlError.x('invalid non-hex character in unicode escape', ctx);\n                    value = (value << 4) | digit;\n                }\n                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative\n                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {\n                    TomlError.x('invalid unicode escape', ctx, errPtr);\n                }\n                parsed += String.fromCodePoint(value);\n                sliceStart = ctx.p--;\n                state = 0;\n            }\n            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier\n            else if (isMultiline && (c === 0x20 || c === 0x9 /* \\t */)) {\n                state = 2;\n            }\n            // Basic escape sequence\n            else {\n                if (c === 0x62 /* b */)\n                    parsed += '\\b';\n                else if (c === 0x74 /* t */)\n                    parsed += '\\t';\n                else if (c === 0x6e /* n */)\n                    parsed += '\\n';\n                else if (c === 0x66 /* f */)\n                    parsed += '\\f';\n                else if (c === 0x72 /* r */)\n                    parsed += '\\r';\n                else if (c === 0x65 /* e */)\n                    parsed += '\\x1b';\n                else if (c === 0x22 /* \" */)\n                    parsed += '\"';\n                else if (c === 0x5c /* \\ */)\n                    parsed += '\\\\';\n                else\n                    TomlError.x('unrecognised escape sequence', ctx);\n                sliceStart = ctx.p + 1;\n                state = 0;\n            }\n        }\n        // Newline escape continuation: keep moving forward until the first non-whitespace char\n        else if (c !== 0x20 && c !== 0x9 /* \\t */) {\n            if (state === 2)\n                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);\n            // State cannot be zero, or we'd have branched earlier already.\n            // If it's a backslash, immediately transition to the escape state so it can be processed.\n            state = !isLiteral && c === 0x5c /* \\ */ ? 1 : 0;\n            sliceStart = ctx.p;\n        }\n    }\n    TomlError.x('unfinished string', ctx, startPtr);\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/date.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\nlet DATE_TIME_RE = /^(\\d{4}-\\d{2}-\\d{2})?[Tt ]?(?:(\\d{2}):\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?(Z|z|[-+]\\d{2}:\\d{2})?$/i;\nclass TomlDate extends Date {\n    #hasDate = false;\n    #hasTime = false;\n    #offset = null;\n    constructor(date, fasttype, unsafeDelim) {\n        let hasDate = true;\n        let hasTime = true;\n        let offset = 'Z';\n        let c;\n        if (typeof date === 'string') {\n            if (fasttype)\n                prep: {\n                    // Date-time\n                    if (fasttype < 3) {\n                        if (+date.slice(11, 13) > 23) {\n                            date = '';\n                            break prep;\n                        }\n                        // Local\n                        if (fasttype === 2) {\n                            offset = null;\n                            date += 'Z';\n                        }\n                        // Offset; keep track of offset if not Z\n                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {\n                            offset = date.slice(date.length - 6);\n                        }\n                        if (unsafeDelim)\n                            date = date.slice(0, 10) + 'T' + date.slice(11);\n                    }\n                    // Time\n                    else if (fasttype === 4) {\n                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;\n                    }\n                    hasDate = fasttype !== 4;\n                    hasTime = fasttype !== 3;\n                }\n            else {\n                let match = date.match(DATE_TIME_RE);\n                if (match) {\n                    if (!match[1]) {\n                        hasDate = false;\n                        date = `0000-01-01T${date}`;\n                    }\n                    hasTime = !!match[2];\n                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.\n                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));\n                    // Do not allow rollover hours.\n                    if (match[2] && +match[2] > 23) {\n                        date = '';\n                    }\n                    else {\n                        offset = match[3] || null;\n                        if (!offset && hasTime)\n                            date += 'Z';\n                    }\n                }\n                else {\n                    date = '';\n                }\n            }\n        }\n        super(date);\n        if (!isNaN(this.getTime())) {\n            this.#hasDate = hasDate;\n            this.#hasTime = hasTime;\n            this.#offset = offset;\n        }\n    }\n    isDateTime() {\n        return this.#hasDate && this.#hasTime;\n    }\n    isLocal() {\n        return !this.#hasDate || !this.#hasTime || !this.#offset;\n    }\n    isDate() {\n        return this.#hasDate && !this.#hasTime;\n    }\n    isTime() {\n        return this.#hasTime && !this.#hasDate;\n    }\n    isValid() {\n        return this.#hasDate || this.#hasTime;\n    }\n    toISOString() {\n        let iso = super.toISOString();\n        // Local Date\n        if (this.isDate())\n            return iso.slice(0, 10);\n        // Local Time\n        if (this.isTime())\n            return iso.slice(11, 23);\n        // Local DateTime\n        if (this.#offset === null)\n            return iso.slice(0, -1);\n        // Offset DateTime\n        if (this.#offset === 'Z' || this.#offset === 'z')\n            return iso;\n        // This part is quite annoying: JS strips the original timezone from the ISO string representation\n        // Instead of using a \"modified\" date and \"Z\", we restore the representation \"as authored\"\n        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));\n        offset = this.#offset[0] === '-' ? offset : -offset;\n        let offsetDate = new Date(this.getTime() - (offset * 60e3));\n        return offsetDate.toISOString().slice(0, -1) + this.#offset;\n    }\n    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {\n        let date = new TomlDate(jsDate);\n        date.#offset = offset;\n        return date;\n    }\n    static wrapAsLocalDateTime(jsDate) {\n        let date = new TomlDate(jsDate);\n        date.#offset = null;\n        return date;\n    }\n    static wrapAsLocalDate(jsDate) {\n        let date = new TomlDate(jsDate);\n        date.#hasTime = false;\n        date.#offset = null;\n        return date;\n    }\n    static wrapAsLocalTime(jsDate) {\n        let date = new TomlDate(jsDate);\n        date.#hasDate = false;\n        date.#offset = null;\n        return date;\n    }\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/extract.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n\n\n\nfunction isDigit(char, base = 10) {\n    return base === 16\n        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)\n        : (char > 0x2f && char < 0x30 + base);\n}\nfunction isEndOfValue(char, delim) {\n    // Whitespace -- we're permissive on `\\r` for performance; it'll be dealt with later anyway\n    return char === 0x20 || char === 0x9 /* \\t */ || char === 0xa /* \\n */ || char === 0xd /* \\r */ ||\n        // Structure end or next value delimiter\n        (delim && (char === delim || char === 0x2c /* , */)) ||\n        // Comment\n        char === 0x23; /* # */\n}\n/** @internal */\nfunction extractValue(ctx, end) {\n    let errPtr = ctx.p;\n    let c = ctx.s.charCodeAt(ctx.p);\n    // Structs\n    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {\n        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);\n        let value = c === 0x5b /* [ */\n            ? parseArray(ctx)\n            : parseInlineTable(ctx);\n        ctx.d++;\n        return value;\n    }\n    // Strings\n    if (c === 0x22 /* \" */ || c === 0x27 /* ' */) {\n        return parseString(ctx);\n    }\n    // Booleans\n    // We can fast-path because the first character is enough to know the only possible value\n    if (c === 0x74 /* t */) { // Only possible valid value is `true`\n        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)\n            TomlError.x('invalid value', ctx, errPtr);\n        return ctx.p++, true;\n    }\n    if (c === 0x66 /* f */) { // Only possible valid value is `false`\n        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)\n            TomlError.x('invalid value', ctx, errPtr);\n        return ctx.p++, false;\n    }\n    if (c === 0x2b /* + */ || c === 0x2d /* - */) {\n        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);\n    }\n    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.\n    // e.g.: `a = 1\\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.\n    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {\n        return parseDate(ctx, c, end);\n    }\n    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.\n    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {\n        return parseTime(ctx, c, end);\n    }\n    return parseNumber(ctx, ctx.p, c, 0, end);\n}\n// State:\n// 0: init\n// 1: integer\n// 2: fractional dot\n// 3: fractional\n// 4: exponent letter\n// 5: exponent\n// 6: exponent sign\n// 7: exponent with sign\n// >9: underscore; see below\n//     -> 12: was integer\n//     -> 14: was fractional\n//     -> 16: was exponent\n// states 2-5, 14, 16 are ONLY permitted iif base === 10\nfunction parseNumber(ctx, startPtr, startChr, sign, endChr) {\n    let c = startChr;\n    let state = 0;\n    let hasUnderscores = false;\n    // (+/-)inf\n    if (c === 0x69 /* i */) {\n        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)\n            TomlError.x('invalid value', ctx, startPtr);\n        return ctx.p++, (sign || 1) / 0;\n    }\n    // (+/-)nan\n    if (c === 0x6e /* n */) {\n        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)\n            TomlError.x('invalid value', ctx, startPtr);\n        return ctx.p++, NaN;\n    }\n    // Leading zero\n    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`\n    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it\n    if (c === 0x30 /* 0 */) {\n        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))\n            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`\n        if (!sign) {\n            if (c === 0x78 /* x */)\n                return parseIntegerBaseN(ctx, startPtr, 16, endChr);\n            else if (c === 0x62 /* b */)\n                return parseIntegerBaseN(ctx, startPtr, 2, endChr);\n            else if (c === 0x6f /* o */)\n                return parseIntegerBaseN(ctx, startPtr, 8, endChr);\n        }\n        if (c === 0x2e /* . */)\n            state = 2;\n        else if (c === 0x65 /* e */ || c === 0x45 /* E */)\n            state = 4;\n        else\n            TomlError.x('illegal leading zero', ctx, startPtr);\n    }\n    // If the 1st char is not a digit by now, then it's not a valid TOML value at all\n    else if (!isDigit(c))\n        TomlError.x('invalid value', ctx, startPtr);\n    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {\n        if (!state)\n            state = 1; // Detects single-digit numbers we can use a fast parse path for\n        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and\n        // never permitted in even-numbered ones.\n        if (c === 0x5f /* _ */) {\n            if (!(state & 1))\n                TomlError.x('illegal underscore', ctx);\n            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above\n            hasUnderscores = true;\n        }\n        // Transition to fractional part.\n        else if (state === 1 && c === 0x2e /* . */)\n            state = 2;\n        // Transition to exponent part.\n        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))\n            state = 4;\n        // + and - are permitted in state 4 only (handled before entering the function for state 0)\n        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {\n            state = 6;\n        }\n        // All special cases have been handled; only digits are allowed here\n        else if (!isDigit(c))\n            TomlError.x(`illegal character in numeric literal`, ctx);\n        // Clear state flags\n        else if (state > 9)\n            state -= 11;\n        else if (!(state & 1))\n            state++;\n    }\n    // Single-char number; we can fast-path these very easily.\n    if (!state) {\n        let val = (startChr - 0x30 /* 0 */) * (sign || 1);\n        return ctx.bi === true ? BigInt(val) : val;\n    }\n    // Even-numbered states absolutely require a digit next; not even end of value is permitted\n    if (!(state & 1))\n        TomlError.x('unfinished numeric value', ctx, startPtr);\n    let str = ctx.s.slice(startPtr, ctx.p);\n    if (hasUnderscores)\n        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex\n    return state > 1\n        ? parseFloat(str)\n        : parseInteger(ctx, str, 10, startPtr);\n}\nfunction parseIntegerBaseN(ctx, startPtr, base, endChr) {\n    let c, underscore = 1;\n    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {\n        if (c === 0x5f /* _ */) {\n            if (underscore & 1)\n                TomlError.x('illegal underscore', ctx);\n            underscore = 3;\n        }\n        // We only need to check if the number is a valid digit, nothing else is permitted\n        else if (!isDigit(c, base))\n            TomlError.x(`illegal character in numeric literal`, ctx);\n        // Clear underscore flag\n        else if (underscore & 1)\n            underscore--;\n    }\n    // Trailing underscore is not allowed\n    if (underscore & 1)\n        TomlError.x('unfinished numeric value', ctx);\n    let str = ctx.s.slice(startPtr + 2, ctx.p);\n    if (underscore)\n        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex\n    return parseInteger(ctx, str, base, startPtr);\n}\nfunction parseInteger(ctx, str, base, startPtr) {\n    if (ctx.bi !== true)\n        int: {\n            let val = parseInt(str, base);\n            if (!Number.isSafeInteger(val)) {\n                if (ctx.bi)\n                    break int;\n                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);\n            }\n            return val;\n        }\n    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);\n}\nfunction parseDate(ctx, c, endChr) {\n    let startPtr = ctx.p++, unsafeSeparator;\n    if (!isDigit(c) ||\n        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||\n        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||\n        !isDigit(ctx.s.charCodeAt(ctx.p++))) {\n        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);\n    }\n    ctx.p += 5;\n    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))\n        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);\n    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {\n        let t = ctx.s.slice(startPtr, ctx.p);\n        return readDate(ctx, t, 3, false, startPtr);\n    }\n    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)\n        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);\n    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)\n        ctx.p += 3;\n    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)\n        while (isDigit(ctx.s.charCodeAt(++ctx.p)))\n            ;\n    if (c = ctx.s.charCodeAt(ctx.p)) {\n        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {\n            let t = ctx.s.slice(startPtr, ++ctx.p);\n            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');\n        }\n        if (c === 0x2b /* + */ || c === 0x2d /* - */) {\n            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...\n            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO\n            let t = ctx.s.slice(startPtr, ctx.p += 6);\n            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));\n        }\n    }\n    let t = ctx.s.slice(startPtr, ctx.p);\n    return readDate(ctx, t, 2, unsafeSeparator, startPtr);\n}\nfunction parseTime(ctx, c, endChr) {\n    let start = ctx.p;\n    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {\n        return parseNumber(ctx, --ctx.p, c, 0, endChr);\n    }\n    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)\n        ctx.p += 3;\n    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)\n        while (isDigit(ctx.s.charCodeAt(++ctx.p)))\n            ;\n    let t = ctx.s.slice(start, ctx.p);\n    return readDate(ctx, t, 4, false, start);\n}\nfunction readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {\n    if (ctx.ld) {\n        let date = new TomlDate(str, type, unsafeDelim);\n        if (!date.isValid())\n            TomlError.x('invalid date', ctx, errPtr);\n        return date;\n    }\n    try {\n        if (temporalSuffix)\n            str += temporalSuffix;\n        switch (type) {\n            case 1: return Temporal.ZonedDateTime.from(str);\n            case 2: return Temporal.PlainDateTime.from(str);\n            case 3: return Temporal.PlainDate.from(str);\n            case 4: return Temporal.PlainTime.from(str);\n        }\n    }\n    catch (e) {\n        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);\n    }\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/util.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n/** @internal */\nfunction skipComment(ctx) {\n    for (; ctx.p < ctx.s.length; ctx.p++) {\n        let c = ctx.s.charCodeAt(ctx.p);\n        if (c === 0xa /* \\n */)\n            break;\n        if (c === 0xd /* \\r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \\n */) {\n            ctx.p++;\n            break;\n        }\n        if ((c < 0x20 && c !== 0x9 /* \\t */) || c === 0x7f) {\n            TomlError.x('control characters are not allowed in comments', ctx);\n        }\n    }\n}\n/** @internal */\nfunction skipVoid(ctx, banNewLines, banComments) {\n    let c;\n    while (ctx.p < ctx.s.length) {\n        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||\n            c === 0x9 /* \\t */ ||\n            (!banNewLines &&\n                (c === 0xa /* \\n */ || (c === 0xd /* \\r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \\n */)))))\n            ctx.p++;\n        if (banComments || c !== 0x23 /* # */)\n            break;\n        skipComment(ctx);\n    }\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/struct.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n\n\n\n/** @internal */\nfunction parseKey(ctx, end = 0x3d /* = */) {\n    // States:\n    // 0: before first char\n    // 1: parsing bare key\n    // 2: after key component\n    let startPtr;\n    let state = 0;\n    let parsed = [];\n    let sliceStart;\n    let c = ctx.s.charCodeAt(startPtr = ctx.p);\n    do {\n        // End of key\n        if (c === end) {\n            if (!state)\n                TomlError.x('unexpected end of key', ctx);\n            if (state === 1)\n                parsed.push(ctx.s.slice(sliceStart, ctx.p));\n            return ctx.p++, parsed;\n        }\n        // Dotted key separator\n        else if (c === 0x2e /* . */) {\n            if (!state)\n                TomlError.x('illegal empty bare key', ctx);\n            if (state === 1)\n                parsed.push(ctx.s.slice(sliceStart, ctx.p));\n            state = 0;\n        }\n        // Quoted key\n        else if (!state && (c === 0x22 /* \" */ || c === 0x27 /* ' */)) {\n            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))\n                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);\n            parsed.push(parseString(ctx));\n            state = 2;\n            ctx.p--;\n        }\n        // Whitespace; no-op in state 0 and 2, end of bare key in state 1\n        else if (c === 0x20 || c === 0x9 /* \\t */) {\n            if (state === 1) {\n                parsed.push(ctx.s.slice(sliceStart, ctx.p));\n                state = 2;\n            }\n        }\n        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component\n        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {\n            TomlError.x('illegal character in key', ctx);\n        }\n        // Illegal character\n        else if (!state) {\n            state = 1;\n            sliceStart = ctx.p;\n        }\n    } while (c = ctx.s.charCodeAt(++ctx.p));\n    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);\n}\n/** @internal */\nfunction parseInlineTable(ctx) {\n    let startPtr = ctx.p++;\n    let res = Object.create(null);\n    let seen = new Set();\n    let c;\n    while (ctx.p < ctx.s.length) {\n        skipVoid(ctx);\n        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {\n            ctx.p++;\n            return res;\n        }\n        let k;\n        let t = res;\n        let hasOwn = false;\n        let errPtr = ctx.p;\n        let key = parseKey(ctx);\n        for (let i = 0; i < key.length; i++) {\n            if (i)\n                t = hasOwn ? t[k] : (t[k] = Object.create(null));\n            k = key[i];\n            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {\n                TomlError.x('trying to redefine an already defined value', ctx, errPtr);\n            }\n            let unsafe = k === '__proto__';\n            if (ctx.uk && (unsafe || k === 'constructor')) {\n                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);\n                break;\n            }\n            if (!hasOwn && unsafe) {\n                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });\n            }\n        }\n        if (hasOwn) {\n            TomlError.x('trying to redefine an already defined value', ctx, errPtr);\n        }\n        skipVoid(ctx, true, true);\n        let value = extractValue(ctx, 0x7d /* } */);\n        if (t && typeof (t[k] = value) === 'object')\n            seen.add(value);\n        skipVoid(ctx);\n        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {\n            return res;\n        }\n        if (c !== 0x2c /* , */)\n            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);\n    }\n    TomlError.x('unfinished table', ctx, startPtr);\n}\n/** @internal */\nfunction parseArray(ctx) {\n    let startPtr = ctx.p++;\n    let res = [];\n    let c;\n    while (ctx.p < ctx.s.length) {\n        skipVoid(ctx);\n        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {\n            ctx.p++;\n            return res;\n        }\n        res.push(extractValue(ctx, 0x5d /* ] */));\n        skipVoid(ctx);\n        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {\n            return res;\n        }\n        if (c !== 0x2c /* , */)\n            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);\n    }\n    TomlError.x('unfinished array', ctx, startPtr);\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/parse.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n\n\n\nfunction peekTable(ctx, key, table, meta, type) {\n    let t = table;\n    let m = meta;\n    let k;\n    let hasOwn = false;\n    let state;\n    for (let i = 0; i < key.length; i++) {\n        if (i) {\n            t = hasOwn ? t[k] : (t[k] = Object.create(null));\n            m = (state = m[k]).c;\n            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {\n                return null;\n            }\n            if (state.t === 2 /* Type.ARRAY */) {\n                let l = t.length - 1;\n                t = t[l];\n                m = m[l].c;\n            }\n        }\n        k = key[i];\n        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {\n            return null;\n        }\n        if (!hasOwn) {\n            let unsafe = k === '__proto__';\n            if (ctx.uk && (unsafe || k === 'constructor'))\n                return false;\n            if (unsafe) {\n                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });\n                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });\n            }\n            m[k] = {\n                t: i < key.length - 1 && type === 2 /* Type.ARRAY */\n                    ? 3 /* Type.ARRAY_DOTTED */ : type,\n                d: false,\n                i: 0,\n                c: Object.create(null),\n            };\n        }\n    }\n    state = m[k];\n    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {\n        // Bad key type!\n        return null;\n    }\n    if (type === 2 /* Type.ARRAY */) {\n        if (!state.d) {\n            state.d = true;\n            t[k] = [];\n        }\n        t[k].push(t = Object.create(null));\n        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });\n    }\n    if (state.d) {\n        // Redefining a table!\n        return null;\n    }\n    state.d = true;\n    if (type === 1 /* Type.EXPLICIT */) {\n        t = hasOwn ? t[k] : (t[k] = Object.create(null));\n    }\n    else if (type === 0 /* Type.DOTTED */ && hasOwn) {\n        return null;\n    }\n    return [k, t, state.c];\n}\nfunction validateTablePeek(ctx, peek, ptr) {\n    if (peek === null || ctx.uk === 2)\n        TomlError.x(peek === null\n            ? 'trying to redefine an already defined table or value'\n            : 'document contains an unsafe property', ctx, ptr);\n}\nfunction parse(toml, options = {}) {\n    let ctx = {\n        s: toml,\n        p: 0,\n        d: options.maxDepth ?? 1000,\n        bi: options.integersAsBigInt ?? false,\n        ld: options.useLegacyDate ?? true,\n        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,\n    };\n    let res = Object.create(null);\n    let meta = Object.create(null);\n    let tmp;\n    let skipping = false;\n    let tbl = res;\n    let m = meta;\n    // BOM is allowed, skip.\n    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!\n    if (toml.charCodeAt(0) === 0xfeff)\n        ctx.p++;\n    skipVoid(ctx);\n    while (ctx.p < toml.length) {\n        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {\n            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */\n            tmp = ctx.p += +isTableArray;\n            skipping = false;\n            let k = parseKey(ctx, 0x5d /* ] */);\n            if (isTableArray) {\n                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {\n                    TomlError.x('expected end of table array declaration', ctx);\n                }\n                ctx.p++;\n            }\n            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);\n            if (!p) {\n                validateTablePeek(ctx, p, tmp);\n                skipping = true;\n            }\n            else {\n                m = p[2];\n                tbl = p[1];\n            }\n        }\n        else {\n            tmp = ctx.p;\n            let k = parseKey(ctx);\n            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);\n            if (!p && !skipping)\n                validateTablePeek(ctx, p, tmp);\n            skipVoid(ctx, true, true);\n            let v = extractValue(ctx, void 0);\n            if (p && !skipping)\n                p[1][p[0]] = v;\n        }\n        skipVoid(ctx, true);\n        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \\n */ && (tmp !== 0xd /* \\r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \\n */)) {\n            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);\n        }\n        skipVoid(ctx);\n    }\n    return res;\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/stringify.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\nlet BARE_KEY = /^[a-z0-9-_]+$/i;\nlet HAS_WELLFORMED = !!(''.isWellFormed);\nfunction extendedTypeOf(obj) {\n    let type = typeof obj;\n    if (type === 'object') {\n        if (Array.isArray(obj))\n            return 'array';\n        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)\n            return 'date';\n        if (globalThis.Temporal) {\n            if (obj.until) {\n                if (obj instanceof Temporal.ZonedDateTime)\n                    return 'temporal/tz+uc';\n                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)\n                    return 'temporal/uc';\n                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)\n                    return 'temporal';\n                if (obj instanceof Temporal.PlainYearMonth)\n                    return 'temporal/x';\n            }\n            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||\n                (obj.negated && obj instanceof Temporal.Duration)) {\n                return 'temporal/x';\n            }\n        }\n    }\n    return type;\n}\nfunction isArrayOfTables(obj) {\n    for (let i = 0; i < obj.length; i++) {\n        if (extendedTypeOf(obj[i]) !== 'object')\n            return false;\n    }\n    return obj.length != 0;\n}\nfunction formatWellFormedStringUnchecked(s) {\n    return JSON.stringify(s).replaceAll('\\x7f', '\\\\u007f');\n}\nfunction formatString(s) {\n    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);\n}\nfunction formatKey(s) {\n    if (BARE_KEY.test(s))\n        return s;\n    if (HAS_WELLFORMED && !s.isWellFormed())\n        throw new RangeError('key contains illegal lone surrogates');\n    return formatWellFormedStringUnchecked(s);\n}\nfunction stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {\n    if (depth === 0) {\n        throw new Error('Could not stringify the object: maximum object depth exceeded');\n    }\n    switch (type) {\n        // @ts-expect-error -- intentional fallthrough case\n        case 'number':\n            if (isNaN(val))\n                return 'nan';\n            if (val === Infinity)\n                return 'inf';\n            if (val === -Infinity)\n                return '-inf';\n            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))\n                return val.toFixed(1);\n        case 'bigint':\n        case 'boolean':\n        case 'temporal':\n            return val.toString();\n        case 'string':\n            return formatString(val);\n        case 'date':\n            if (isNaN(val.getTime()))\n                throw new TypeError('cannot serialize invalid date');\n            return val.toISOString();\n        case 'object':\n            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);\n        case 'array':\n            return stringifyArray(val, depth, numberAsFloat, strictTemporal);\n        // @ts-expect-error -- intentional fallthrough case\n        case 'temporal/tz+uc':\n            if (strictTemporal) {\n                let tz = val.timeZoneId;\n                let tzc = tz.charCodeAt(0);\n                if (\n                // Classic offset\n                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&\n                    (\n                    // Fast pre-check pass; see below for the actually accepted values\n                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||\n                        (\n                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately\n                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&\n                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.\n                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&\n                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)\n                            !tz.startsWith('Etc/')))) {\n                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');\n                }\n            }\n        case 'temporal/uc':\n            if (strictTemporal && val.calendarId !== 'iso8601')\n                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');\n            return val.toString({\n                calendarName: 'never',\n                timeZoneName: 'never',\n            });\n        case 'temporal/x':\n            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);\n    }\n}\nfunction stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {\n    let keys = Object.keys(obj);\n    if (keys.length === 0)\n        return '{}';\n    let res = '{ ';\n    for (let i = 0; i < keys.length; i++) {\n        let k = keys[i];\n        if (i)\n            res += ', ';\n        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);\n    }\n    return res + ' }';\n}\nfunction stringifyArray(array, depth, numberAsFloat, strictTemporal) {\n    if (array.length === 0)\n        return '[]';\n    let res = '[ ';\n    for (let i = 0; i < array.length; i++) {\n        if (i)\n            res += ', ';\n        if (array[i] === null || array[i] === void 0) {\n            throw new TypeError('arrays cannot contain null or undefined values');\n        }\n        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);\n    }\n    return res + ' ]';\n}\nfunction stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {\n    if (depth === 0) {\n        throw new Error('Could not stringify the object: maximum object depth exceeded');\n    }\n    let res = '';\n    for (let i = 0; i < array.length; i++) {\n        res += `${res && '\\n'}[[${key}]]\\n`;\n        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);\n    }\n    return res;\n}\nfunction stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {\n    if (depth === 0) {\n        throw new Error('Could not stringify the object: maximum object depth exceeded');\n    }\n    let preamble = '';\n    let tables = '';\n    let keys = Object.keys(obj);\n    for (let i = 0; i < keys.length; i++) {\n        let k = keys[i];\n        if (obj[k] !== null && obj[k] !== void 0) {\n            let type = extendedTypeOf(obj[k]);\n            if (type === 'symbol' || type === 'function') {\n                throw new TypeError(`cannot serialize values of type '${type}'`);\n            }\n            let key = formatKey(k);\n            if (type === 'array' && isArrayOfTables(obj[k])) {\n                tables += (tables && '\\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);\n            }\n            else if (type === 'object') {\n                let tblKey = prefix ? `${prefix}.${key}` : key;\n                tables += (tables && '\\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);\n            }\n            else {\n                preamble += key;\n                preamble += ' = ';\n                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);\n                preamble += '\\n';\n            }\n        }\n    }\n    if (tableKey && (preamble || !tables)) // Create table only if necessary\n        preamble = preamble ? `[${tableKey}]\\n${preamble}` : `[${tableKey}]`;\n    return preamble && tables\n        ? `${preamble}\\n${tables}`\n        : preamble || tables;\n}\nfunction stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {\n    if (extendedTypeOf(obj) !== 'object') {\n        throw new TypeError('stringify can only be called with an object');\n    }\n    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);\n    if (str[str.length - 1] !== '\\n')\n        return str + '\\n';\n    return str;\n}\n\n;// CONCATENATED MODULE: ../node_modules/smol-toml/dist/index.js\n/*!\n * Copyright (c) Squirrel Chat et al., All rights reserved.\n * SPDX-License-Identifier: BSD-3-Clause\n *\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met:\n *\n * 1. Redistributions of source code must retain the above copyright notice, this\n *    list of conditions and the following disclaimer.\n * 2. Redistributions in binary form must reproduce the above copyright notice,\n *    this list of conditions and the following disclaimer in the\n *    documentation and/or other materials provided with the distribution.\n * 3. Neither the name of the copyright holder nor the names of its contributors\n *    may be used to endorse or promote products derived from this software without\n *    specific prior written permission.\n *\n * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND\n * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED\n * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE\n * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE\n * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL\n * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR\n * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER\n * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,\n * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE\n * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.\n */\n\n\n\n\n\n/** @deprecated use `import * as ... from 'smol-toml'` instead */\n/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });\n\n\n//# sourceURL=webpack-lazy://node_modules/smol-toml/dist/index.js_+_8_modules")

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(618);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
