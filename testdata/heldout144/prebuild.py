#!/usr/bin/env python3
"""Pre-build step of testdata/heldout144: heldout15's prebuild.py, imported
unchanged (which itself imports heldout7's prebuild.py unchanged), run as it
is, plus two options of this corpus, new things found on a page when it is
captured. They act on the clean page images BEFORE heldout15's scanner
simulation (and, for x-photo and :photo, before heldout7's phone photo):

  :feeler  a steel feeler-gauge set (塞尺) left on the scanner glass: five
           to seven thin blades 12.7 mm wide and about 100 mm long, fanned a
           little about their pivot screw, the outer two a darker guard
           plate, the thickness stamped near each tip (0.05 ... 1.00), a
           soft shadow; laid along the margin of the page where it covers
           the least print (of a few candidate places).
  :probes  a phone photo of a sheet on the workbench with a multimeter's
           two test leads (万用表表笔) lying on it: a red and a black probe
           (handle with finger guard and a steel tip), each with its cable
           curving off the edge of the sheet, soft shadows; the handles
           placed where they cover the least print.

Methods used: `x-scanpdf:<dpi>[:...]:feeler`, `x-photo:<dpi>:<font>:probes`.
heldout7 and heldout15 ignore the options they do not know.

Usage: prebuild.py DIR SEED
"""
import importlib.util
import math
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("heldout15_prebuild", os.path.join(HERE, "..", "heldout15", "prebuild.py"))
H15 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(H15)
P, B = H15.P, H15.B

MINE = {}   # work tag (x%03d, numbered as heldout7's and heldout15's prebuild number them) -> set of options
OPTIONS = ("feeler", "probes")
DONE = set()
SEED = ["0"]
_h15_degrade = H15.degrade
_photo = P.photo


def pts(ps):
    return " ".join("%d,%d" % (int(round(x)), int(round(y))) for x, y in ps)


def ink_under(p, polys, W, H, tag):
    """Dark print under the union of the polygons (mean over the page of ink x mask)."""
    m = p + ".%s.mask.png" % tag
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:black", "-fill", "white", "-stroke", "none"]
    for ps in polys:
        cmd += ["-draw", "polygon " + pts(ps)]
    B.run(cmd + [m])
    out = B.run(["convert", p, "-colorspace", "gray", "-negate", m, "-compose", "Multiply", "-composite",
                 "-format", "%[fx:mean]", "info:"]).stdout.decode().strip()
    os.remove(m)
    return float(out)


def shadow(p, polys, W, H, dx, dy, blur, level="gray62"):
    sh = p + ".shadow.png"
    cmd = ["convert", "-size", "%dx%d" % (W, H), "xc:white", "-fill", level, "-stroke", "none"]
    for ps in polys:
        cmd += ["-draw", "polygon " + pts([(x + dx, y + dy) for x, y in ps])]
    B.run(cmd + ["-blur", "0x%d" % max(2, int(blur)), sh])
    B.run(["convert", p, sh, "-compose", "Multiply", "-composite", p])
    os.remove(sh)


# ------------------------------------------------------------------ feeler gauge

def blade(px, py, th, L, w, back, mm):
    """A blade polygon: a rounded butt behind the pivot, straight sides tapering a little, a rounded tip."""
    ux, uy = math.cos(th), math.sin(th)
    vx, vy = -uy, ux
    hw0, hw1 = w / 2.0, w / 2.0 * 0.8
    c0 = (px - ux * (back - hw0), py - uy * (back - hw0))
    c1 = (px + ux * (L - hw1), py + uy * (L - hw1))
    ps = []
    for k in range(13):   # butt arc, from +v round the back to -v
        a = math.pi / 2 + math.pi * k / 12
        ps.append((c0[0] + hw0 * (math.cos(a) * ux + math.sin(a) * vx), c0[1] + hw0 * (math.cos(a) * uy + math.sin(a) * vy)))
    for k in range(13):   # tip arc, from -v round the front to +v
        a = -math.pi / 2 + math.pi * k / 12
        ps.append((c1[0] + hw1 * (math.cos(a) * ux + math.sin(a) * vx), c1[1] + hw1 * (math.cos(a) * uy + math.sin(a) * vy)))
    return ps


def feeler(pngs, r, mm, tag):
    """One place for the whole document: the gauge lies on the glass, every sheet is laid over it."""
    p = pngs[0]
    W, H = P.size_of(p)
    n = r.randint(5, 7)
    L = r.uniform(96, 104) * mm
    w = 12.7 * mm
    back = 9 * mm
    spread = math.radians(r.uniform(9, 15))
    # candidate places: (pivot x, pivot y, base angle, fan direction)
    cands = [
        (10 * mm, H - 9 * mm, 0.0, -1),                     # along the bottom from the left, fanning up
        (W - 10 * mm, H - 9 * mm, math.pi, 1),              # along the bottom from the right, fanning up
        (W - 9 * mm, H - 12 * mm, -math.pi / 2, -1),        # up the right margin, fanning in
        (9 * mm, H - 12 * mm, -math.pi / 2, 1),             # up the left margin, fanning in
        (W - 9 * mm, 12 * mm, math.pi / 2, 1),              # down the right margin from the top
        (W - 12 * mm, 9 * mm, math.pi, -1),                 # along the top from the right
    ]
    r.shuffle(cands)
    best = None
    for (px, py, th0, sgn) in cands[:4]:
        px += r.uniform(-2, 2) * mm
        py += r.uniform(-2, 2) * mm
        ths = [th0 + sgn * spread * k / (n - 1) + r.uniform(-0.01, 0.01) for k in range(n)]
        polys = [blade(px, py, th, L, w, back, mm) for th in ths]
        ink = sum(ink_under(q, polys, W, H, tag) for q in pngs if P.size_of(q) == (W, H))
        if best is None or ink < best[0]:
            best = (ink, px, py, ths, polys)
    _, px, py, ths, polys = best
    for p in pngs:
        if P.size_of(p) == (W, H):
            draw_feeler(p, r, mm, n, L, w, px, py, ths, polys, random.Random(repr(best[0])))


def draw_feeler(p, r0, mm, n, L, w, px, py, ths, polys, r):
    W, H = P.size_of(p)
    shadow(p, polys, W, H, 1.2 * mm, 1.6 * mm, 1.6 * mm)
    thick = ["0.05", "0.08", "0.10", "0.15", "0.20", "0.30", "0.50", "0.75", "1.00"]
    labels = sorted(r.sample(thick, n))
    cmd = ["convert", p]
    texts = []
    for k, (th, ps) in enumerate(zip(ths, polys)):
        guard = k == 0
        g = r.randint(150, 176) if not guard else r.randint(112, 128)
        fill = "rgb(%d,%d,%d)" % (g - 4, g, g + 6)
        cmd += ["-fill", fill, "-stroke", "rgb(70,74,80)", "-strokewidth", "%.1f" % max(1.0, 0.22 * mm),
                "-draw", "polygon " + pts(ps)]
        ux, uy = math.cos(th), math.sin(th)
        vx, vy = -uy, ux
        o = w * 0.18
        a = (px + ux * 6 * mm + vx * o, py + uy * 6 * mm + vy * o)
        b = (px + ux * (L - 8 * mm) + vx * o * 0.8, py + uy * (L - 8 * mm) + vy * o * 0.8)
        cmd += ["-stroke", "rgb(226,230,236)", "-strokewidth", "%.1f" % max(1.0, 0.5 * mm), "-draw", "line %d,%d %d,%d" % (a[0], a[1], b[0], b[1])]
        if not guard:
            deg = math.degrees(th)
            tx = px + ux * (L - 22 * mm) - vx * w * 0.05
            ty = py + uy * (L - 22 * mm) - vy * w * 0.05
            if math.cos(th) < -0.1 or (abs(math.cos(th)) <= 0.1 and math.sin(th) > 0):
                deg += 180
            texts.append((deg, tx, ty, labels[k] + "mm"))
        for deg, tx, ty, t in texts[-1:] if not guard else []:   # the stamped thickness, in a graphic context of its own
            cmd += ["-stroke", "none", "-fill", "rgb(58,60,64)", "-font", "DejaVu-Sans-Bold", "-pointsize", "%.1f" % (2.4 * mm),
                    "-draw", "push graphic-context translate %d,%d rotate %.1f text 0,0 '%s' pop graphic-context" % (tx, ty, deg, t)]
    # the pivot screw: a dark ring, a bright head, a slot
    R = 3.8 * mm
    cmd += ["-stroke", "rgb(50,52,56)", "-strokewidth", "%.1f" % max(1.0, 0.3 * mm), "-fill", "rgb(96,100,106)",
            "-draw", "circle %d,%d %d,%d" % (px, py, px + R, py),
            "-fill", "rgb(178,182,188)", "-draw", "circle %d,%d %d,%d" % (px, py, px + R * 0.62, py),
            "-stroke", "rgb(60,62,66)", "-strokewidth", "%.1f" % max(1.0, 0.5 * mm),
            "-draw", "line %d,%d %d,%d" % (px - R * 0.5, py - R * 0.2, px + R * 0.5, py + R * 0.2)]
    B.run(cmd + [p])


# ------------------------------------------------------------------ multimeter test leads

def bezier(p0, p1, p2, p3, k=40):
    out = []
    for i in range(k + 1):
        t = i / float(k)
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t ** 2, t ** 3
        out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
    return out


def rect(cx, cy, ux, uy, s0, s1, h0, h1):
    """A quadrilateral along the axis u from s0 to s1, half-widths h0 at s0 and h1 at s1."""
    vx, vy = -uy, ux
    return [(cx + ux * s0 + vx * h0, cy + uy * s0 + vy * h0), (cx + ux * s1 + vx * h1, cy + uy * s1 + vy * h1),
            (cx + ux * s1 - vx * h1, cy + uy * s1 - vy * h1), (cx + ux * s0 - vx * h0, cy + uy * s0 - vy * h0)]


def probe_parts(tx, ty, th, mm):
    """Polygons of one probe whose tip is at (tx, ty), pointing along th (the handle behind it)."""
    ux, uy = math.cos(th), math.sin(th)
    # s measured backwards from the tip: tip 0..16 mm, guard 16..20, body 20..82, boot 82..96
    ax, ay = -ux, -uy
    tip = rect(tx, ty, ax, ay, 0, 16 * mm, 0.25 * mm, 1.0 * mm)
    guard = rect(tx, ty, ax, ay, 16 * mm, 20 * mm, 7 * mm, 7 * mm)
    body = rect(tx, ty, ax, ay, 20 * mm, 82 * mm, 4.6 * mm, 5.0 * mm)
    boot = rect(tx, ty, ax, ay, 82 * mm, 96 * mm, 4.2 * mm, 2.2 * mm)
    end = (tx + ax * 96 * mm, ty + ay * 96 * mm)
    return tip, guard, body, boot, end, (ax, ay)


def probes(p, r, mm, tag):
    W, H = P.size_of(p)
    # candidate corners: tips pointing into the page from a corner region, the cables leaving by the nearer edges
    cands = [("br", W - 40 * mm, H - 60 * mm), ("bl", 40 * mm, H - 60 * mm), ("tr", W - 40 * mm, 70 * mm), ("br2", W - 70 * mm, H - 30 * mm)]
    r.shuffle(cands)
    best = None
    for name, cx, cy in cands[:3]:
        base = math.atan2(H / 2.0 - cy, W / 2.0 - cx)
        leads = []
        for k, col in enumerate(("red", "black")):
            th = base + (k - 0.5) * r.uniform(0.35, 0.7) + r.uniform(-0.15, 0.15)
            tx = cx + math.cos(th) * r.uniform(30, 45) * mm + (k - 0.5) * r.uniform(-14, 14) * mm
            ty = cy + math.sin(th) * r.uniform(30, 45) * mm + (k - 0.5) * r.uniform(-14, 14) * mm
            leads.append((col, tx, ty, th))
        polys = []
        for col, tx, ty, th in leads:
            tip, guard, body, boot, end, _ = probe_parts(tx, ty, th, mm)
            polys += [guard, body, boot]
        ink = ink_under(p, polys, W, H, tag)
        if best is None or ink < best[0]:
            best = (ink, leads)
    leads = best[1]
    shapes = []
    for col, tx, ty, th in leads:
        tip, guard, body, boot, end, (ax, ay) = probe_parts(tx, ty, th, mm)
        # the cable: from the boot back towards the nearer page edge, a lazy curve running off the sheet
        ex = -30 * mm if end[0] < W / 2 else W + 30 * mm
        ey = end[1] + r.uniform(-60, 60) * mm
        if abs(end[1] - H) < abs(end[0] - (0 if end[0] < W / 2 else W)):
            ex, ey = end[0] + r.uniform(-60, 60) * mm, H + 30 * mm
        c1 = (end[0] + ax * 40 * mm, end[1] + ay * 40 * mm)
        c2 = (ex + r.uniform(-50, 50) * mm, ey + r.uniform(-50, 50) * mm)
        cable = bezier(end, c1, c2, (ex, ey))
        shapes.append((col, tip, guard, body, boot, cable))
    sh_polys = []
    for col, tip, guard, body, boot, cable in shapes:
        sh_polys += [guard, body, boot]
    shadow(p, sh_polys, W, H, 2.0 * mm, 2.6 * mm, 2.2 * mm, "gray55")
    cmd = ["convert", p]
    for col, tip, guard, body, boot, cable in shapes:   # cable shadows, then cables
        cmd += ["-fill", "none", "-stroke", "rgb(150,150,150)", "-strokewidth", "%.1f" % (3.6 * mm),
                "-draw", "polyline " + pts([(x + 1.4 * mm, y + 1.8 * mm) for x, y in cable])]
    for col, tip, guard, body, boot, cable in shapes:
        dark, mid, light = (("rgb(120,18,16)", "rgb(178,32,28)", "rgb(232,120,110)") if col == "red"
                            else ("rgb(10,10,10)", "rgb(30,30,32)", "rgb(110,110,116)"))
        cmd += ["-fill", "none", "-stroke", dark, "-strokewidth", "%.1f" % (3.4 * mm), "-draw", "polyline " + pts(cable),
                "-stroke", mid, "-strokewidth", "%.1f" % (2.6 * mm), "-draw", "polyline " + pts(cable),
                "-stroke", light, "-strokewidth", "%.1f" % max(1.0, 0.5 * mm),
                "-draw", "polyline " + pts([(x - 0.5 * mm, y - 0.5 * mm) for x, y in cable])]
        cmd += ["-stroke", dark, "-strokewidth", "%.1f" % max(1.0, 0.25 * mm),
                "-fill", mid, "-draw", "polygon " + pts(boot), "-draw", "polygon " + pts(body),
                "-fill", dark, "-draw", "polygon " + pts(guard),
                "-stroke", "rgb(90,92,96)", "-fill", "rgb(200,203,208)", "-draw", "polygon " + pts(tip)]
        # a highlight along the body
        a, b = body[0], body[1]
        cx0, cy0 = (body[0][0] * 0.7 + body[3][0] * 0.3), (body[0][1] * 0.7 + body[3][1] * 0.3)
        cx1, cy1 = (body[1][0] * 0.7 + body[2][0] * 0.3), (body[1][1] * 0.7 + body[2][1] * 0.3)
        cmd += ["-stroke", light, "-strokewidth", "%.1f" % max(1.0, 0.9 * mm), "-fill", "none",
                "-draw", "line %d,%d %d,%d" % (cx0, cy0, cx1, cy1)]
    B.run(cmd + [p])


def effects(pngs, dpi, tag):
    if tag in DONE:
        return
    DONE.add(tag)
    opts = MINE.get(tag, set())
    r = random.Random("h144-%s-%s-%s" % (SEED[0], tag, dpi))
    mm = dpi / 25.4
    if "feeler" in opts:
        feeler(pngs, r, mm, tag)
    for i, p in enumerate(pngs):
        if "probes" in opts:
            probes(p, r, mm, tag)


def degrade(pngs, dpi, rng, stage, tag, gray=True, mono=False):
    effects(pngs, dpi, tag)
    return _h15_degrade(pngs, dpi, rng, stage, tag, gray=gray, mono=mono)


def photo(pngs, dpi, rng, stage, tag):
    effects(pngs, dpi, tag)
    return _photo(pngs, dpi, rng, stage, tag)


def main():
    src = os.path.join(os.path.abspath(sys.argv[1]), "src")
    SEED[0] = sys.argv[2] if len(sys.argv) > 2 else "0"
    n = 0
    for mp, d in H15.manifests(src):
        with open(mp, encoding="utf-8") as f:
            for line in f.read().rstrip("\n").split("\n"):
                cols = line.split("\t")
                if len(cols) == 5 and cols[2].startswith("x-"):
                    mine = {o for o in cols[2].split(":")[2:] if o in OPTIONS}
                    if mine:
                        MINE["x%03d" % n] = mine
                    n += 1
    H15.degrade = degrade   # heldout15's main installs H15.degrade as the builder's degrade
    P.photo = photo         # heldout7's main and heldout15's degrade look photo up at call time
    H15.main()


if __name__ == "__main__":
    main()
