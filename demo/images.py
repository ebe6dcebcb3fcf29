"""Illustrations drawn with Pillow for the sample content: calm scenes in muted colours.

Every picture is drawn from a random generator seeded by its title, so the same title always gives
the same picture. Nothing here touches the database; `painting_bytes` returns JPEG bytes.
"""

import io
import math
import random
import zlib

from PIL import Image, ImageDraw, ImageOps

from .fonts import font

WIDTH, HEIGHT = 1200, 675
JPEG_QUALITY = 78

# Muted palettes: sky top, sky bottom, far land, middle land, near land, water, accent.
PALETTES = [
    ("#a9c3cf", "#e9e2d0", "#8ea7a0", "#6f8f7a", "#4f6f58", "#8fb0bd", "#c0786a"),
    ("#b7c6d9", "#f0e6d6", "#9aa9b8", "#7b8f84", "#5d735f", "#93aec2", "#b5835a"),
    ("#c9b8a6", "#f1e3cf", "#a89c8a", "#8a8a6e", "#6a6d52", "#a7b3ad", "#9b5d4f"),
    ("#9fb8c4", "#dfe6df", "#87a3a8", "#6c8c87", "#4d6b66", "#7fa3b1", "#c49a5b"),
    ("#c2ccd6", "#ece9e1", "#a5aeb5", "#87978c", "#66796a", "#9fb6bf", "#a86a5c"),
    ("#b4c9c2", "#efe9d8", "#94aba0", "#78937f", "#587361", "#8eb1ad", "#b9875d"),
]


def seed_for(text):
    return zlib.crc32(text.encode("utf-8"))


def _gradient(size, top, bottom):
    return ImageOps.colorize(Image.linear_gradient("L"), top, bottom).resize(size, Image.Resampling.BILINEAR)


def _ridge(rng, y, roughness, width=WIDTH, height=HEIGHT, step=40):
    points, level = [], y
    for x in range(-step, width + 2 * step, step):
        level += rng.uniform(-roughness, roughness)
        level = max(y - 3 * roughness, min(y + 3 * roughness, level))
        points.append((x, level))
    return points + [(width + step, height), (-step, height)]


def _overlay(base, draw_fn):
    """Draw translucent shapes straight onto `base`: an "RGBA" drawing context blends each fill."""
    draw_fn(ImageDraw.Draw(base, "RGBA"))
    return base


def _rgba(hex_colour, alpha=255):
    hex_colour = hex_colour.lstrip("#")
    return tuple(int(hex_colour[i : i + 2], 16) for i in (0, 2, 4)) + (alpha,)


def _sky(rng, palette):
    image = _gradient((WIDTH, HEIGHT), palette[0], palette[1])
    sun_x, sun_y = rng.randint(150, WIDTH - 150), rng.randint(70, 200)

    def sun_and_clouds(draw):
        draw.ellipse((sun_x - 45, sun_y - 45, sun_x + 45, sun_y + 45), fill=(255, 246, 222, 150))
        for _ in range(rng.randint(3, 6)):
            cx, cy = rng.randint(0, WIDTH), rng.randint(40, 260)
            for _ in range(4):
                dx, dy = rng.randint(-90, 90), rng.randint(-15, 15)
                rx, ry = rng.randint(60, 130), rng.randint(18, 34)
                draw.ellipse(
                    (cx + dx - rx, cy + dy - ry, cx + dx + rx, cy + dy + ry), fill=(255, 255, 255, 60)
                )

    return _overlay(image, sun_and_clouds)


def paint_landscape(rng, palette):
    image = _sky(rng, palette)
    draw = ImageDraw.Draw(image)
    draw.polygon(_ridge(rng, rng.randint(300, 360), 14), fill=palette[2])
    draw.polygon(_ridge(rng, rng.randint(390, 430), 10), fill=palette[3])
    river_y = rng.randint(470, 520)
    draw.rectangle((0, river_y, WIDTH, river_y + 60), fill=palette[5])
    for _ in range(14):
        x, y = rng.randint(0, WIDTH), rng.randint(river_y + 8, river_y + 52)
        draw.line((x, y, x + rng.randint(30, 90), y), fill="#d7e3e6", width=2)
    draw.polygon(_ridge(rng, river_y + 90, 6), fill=palette[4])
    for _ in range(rng.randint(6, 12)):
        x = rng.randint(0, WIDTH)
        base = river_y + rng.randint(70, 140)
        height = rng.randint(40, 90)
        draw.line((x, base, x, base - height), fill="#4a3f35", width=5)
        draw.ellipse((x - 28, base - height - 34, x + 28, base - height + 16), fill=palette[3])
    return image


def paint_fields(rng, palette):
    image = _sky(rng, palette)
    draw = ImageDraw.Draw(image)
    horizon = rng.randint(300, 360)
    draw.polygon(_ridge(rng, horizon - 10, 6), fill=palette[2])
    greens = [palette[3], palette[4], "#9aa86f", "#b9b27a", palette[3]]
    y, band = horizon + 10, 14
    index = 0
    while y < HEIGHT:
        draw.rectangle((0, y, WIDTH, y + band), fill=greens[index % len(greens)])
        y += band
        band = int(band * 1.35) + 2
        index += 1
    vanish_x = rng.randint(300, 900)
    for x in range(-800, WIDTH + 800, 110):
        draw.line((vanish_x, horizon + 10, x, HEIGHT), fill=palette[4], width=2)
    for _ in range(rng.randint(2, 4)):
        x = rng.randint(80, WIDTH - 120)
        draw.rectangle((x, horizon - 22, x + 70, horizon + 10), fill="#e8e0cf")
        draw.polygon([(x - 8, horizon - 22), (x + 35, horizon - 48), (x + 78, horizon - 22)], fill=palette[6])
    return image


def paint_city(rng, palette):
    image = _sky(rng, palette)
    draw = ImageDraw.Draw(image)
    for layer, (colour, low, high) in enumerate([(palette[2], 180, 320), ("#8d8f8f", 260, 420)]):
        x = -20
        while x < WIDTH:
            width = rng.randint(60, 140)
            top = rng.randint(low, high)
            draw.rectangle((x, top, x + width, 560), fill=colour)
            if layer == 1:
                for wy in range(top + 14, 540, 26):
                    for wx in range(x + 10, x + width - 14, 22):
                        if rng.random() < 0.7:
                            draw.rectangle((wx, wy, wx + 10, wy + 14), fill="#e9e2cf")
            x += width + rng.randint(4, 20)
    draw.rectangle((0, 560, WIDTH, HEIGHT), fill="#6f6d69")
    for x in range(0, WIDTH, 120):
        draw.rectangle((x + 20, 615, x + 80, 622), fill="#e8e2d2")
    for _ in range(rng.randint(8, 14)):
        x = rng.randint(0, WIDTH)
        draw.line((x, 560, x, 510), fill="#4a3f35", width=4)
        draw.ellipse((x - 22, 478, x + 22, 522), fill=palette[4])
    return image


def paint_sea(rng, palette):
    image = _sky(rng, palette)
    draw = ImageDraw.Draw(image)
    horizon = rng.randint(330, 380)
    draw.rectangle((0, horizon, WIDTH, HEIGHT), fill=palette[5])
    for _ in range(60):
        x, y = rng.randint(0, WIDTH), rng.randint(horizon + 5, HEIGHT - 80)
        draw.line((x, y, x + rng.randint(20, 80), y), fill="#d9e4e6", width=2)
    for _ in range(rng.randint(2, 5)):
        x, y = rng.randint(100, WIDTH - 160), rng.randint(horizon + 30, horizon + 150)
        draw.polygon([(x, y), (x + 110, y), (x + 90, y + 22), (x + 20, y + 22)], fill="#5a4a3f")
        draw.polygon([(x + 50, y - 70), (x + 50, y - 4), (x + 95, y - 4)], fill="#efe6d2")
    draw.polygon(_ridge(rng, HEIGHT - 70, 8), fill="#d8c9a7")
    return image


def paint_meeting(rng, palette):
    image = _gradient((WIDTH, HEIGHT), "#e9e1d3", "#cfc4b3")
    draw = ImageDraw.Draw(image)
    draw.rectangle((180, 60, WIDTH - 180, 300), fill="#9b2c2c")
    draw.rectangle((180, 60, WIDTH - 180, 80), fill="#b8893e")
    for row in range(4):
        y = 330 + row * 80
        draw.rectangle((120 - row * 30, y + 40, WIDTH - 120 + row * 30, y + 62), fill="#8a6a4f")
        count = 9 + row * 2
        spacing = (WIDTH - 200 + row * 60) / count
        for seat in range(count):
            x = 100 - row * 30 + spacing * (seat + 0.5)
            shade = rng.choice(["#3f3a36", "#524a43", "#2f2c2a", "#5e544a"])
            draw.ellipse((x - 16, y - 6, x + 16, y + 26), fill=shade)
            draw.rounded_rectangle(
                (x - 28, y + 22, x + 28, y + 60),
                radius=12,
                fill=rng.choice(["#3d4a5c", "#f2efe8", "#55606e"]),
            )
    draw.rectangle((420, 300, WIDTH - 420, 326), fill="#7b5a43")
    for x in (470, WIDTH - 470):
        draw.ellipse((x - 24, 270, x + 24, 306), fill=palette[6])
    return image


def paint_community(rng, palette):
    image = _sky(rng, palette)
    draw = ImageDraw.Draw(image)
    draw.polygon(_ridge(rng, 360, 8), fill=palette[3])
    draw.rectangle((0, 470, WIDTH, HEIGHT), fill="#cdbf9f")
    x = rng.randint(-40, 0)
    while x < WIDTH:
        width, height = rng.randint(90, 150), rng.randint(90, 150)
        wall = rng.choice(["#efe6d2", "#e4d6b8", "#f2ead9", "#dccfb5"])
        draw.rectangle((x, 470 - height, x + width, 470), fill=wall)
        draw.polygon(
            [(x - 10, 470 - height), (x + width / 2, 470 - height - 50), (x + width + 10, 470 - height)],
            fill=palette[6],
        )
        draw.rectangle((x + width / 2 - 14, 470 - 44, x + width / 2 + 14, 470), fill="#6b5847")
        x += width + rng.randint(30, 70)
    for _ in range(rng.randint(10, 18)):
        px, py = rng.randint(20, WIDTH - 20), rng.randint(520, 640)
        colour = rng.choice(["#8a3b32", "#3d5a73", "#5a6b3f", "#c9a227", "#f1ece1"])
        draw.ellipse((px - 9, py - 48, px + 9, py - 30), fill="#4a3b31")
        draw.rounded_rectangle((px - 14, py - 30, px + 14, py + 10), radius=6, fill=colour)
    return image


def paint_abstract(rng, palette):
    image = _gradient((WIDTH, HEIGHT), palette[1], palette[0])

    def shapes(draw):
        for _ in range(rng.randint(10, 16)):
            colour = _rgba(rng.choice(palette[2:]), rng.randint(70, 140))
            x, y, r = rng.randint(-100, WIDTH), rng.randint(-100, HEIGHT), rng.randint(60, 260)
            if rng.random() < 0.6:
                draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
            else:
                draw.rounded_rectangle((x - r, y - r / 2, x + r, y + r / 2), radius=30, fill=colour)

    return _overlay(image, shapes)


PAINTERS = {
    "landscape": paint_landscape,
    "fields": paint_fields,
    "city": paint_city,
    "sea": paint_sea,
    "meeting": paint_meeting,
    "community": paint_community,
    "abstract": paint_abstract,
}


def _jpeg(image, quality=JPEG_QUALITY):
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return buffer.getvalue()


def painting_bytes(title, kind="landscape"):
    """A 1200×675 JPEG illustration of the given kind, always the same for the same title."""
    rng = random.Random(seed_for(title))
    palette = PALETTES[rng.randrange(len(PALETTES))]
    image = PAINTERS[kind](rng, palette)
    return _jpeg(image)


def portrait_bytes(title):
    """A 600×750 head-and-shoulders silhouette on a soft background, a placeholder for a photo."""
    rng = random.Random(seed_for(title))
    width, height = 600, 750
    background = rng.choice([("#d9e2e6", "#b7c4cc"), ("#e6e0d6", "#c9bfae"), ("#dfe5dc", "#bac6b5")])
    image = _gradient((width, height), *background)
    draw = ImageDraw.Draw(image)
    suit = rng.choice(["#2f3a4a", "#3b3b3b", "#41505e", "#f1eee7"])
    skin = rng.choice(["#d7b59a", "#caa489", "#e0c0a4"])
    hair = rng.choice(["#2a2522", "#3a302a", "#1f1c1a"])
    draw.ellipse((70, 520, 530, 980), fill=suit)
    draw.polygon([(255, 520), (300, 640), (345, 520)], fill="#f4f1ea")
    draw.rectangle((262, 430, 338, 540), fill=skin)
    draw.ellipse((190, 200, 410, 470), fill=skin)
    draw.chord((182, 180, 418, 400), 180, 360, fill=hair)
    return _jpeg(image, quality=80)


def map_bytes(title, labels):
    """An illustrative administrative map: the ward's outline, rivers, main roads and the neighbourhoods.

    `labels` is a dict with the texts to draw: title, note, rivers, roads, areas, legend entries.
    """
    rng = random.Random(seed_for(title))
    width, height = 1200, 900
    image = Image.new("RGB", (width, height), "#f3efe4")
    draw = ImageDraw.Draw(image)
    centre_x, centre_y = 600, 470
    outline = []
    for step in range(28):
        angle = 2 * math.pi * step / 28
        radius_x, radius_y = 430 * rng.uniform(0.86, 1.0), 300 * rng.uniform(0.84, 1.0)
        outline.append((centre_x + radius_x * math.cos(angle), centre_y + radius_y * math.sin(angle)))
    draw.polygon(outline, fill="#e4ead6", outline="#9b2c2c")
    draw.line(outline + [outline[0]], fill="#9b2c2c", width=5, joint="curve")
    north_river = [(0, 120), (250, 150), (500, 130), (760, 165), (1000, 140), (1200, 170)]
    south_river = [(0, 820), (280, 790), (560, 830), (850, 800), (1200, 840)]
    for river in (north_river, south_river):
        draw.line(river, fill="#7fa6bd", width=26, joint="curve")
    draw.text((40, 70), labels["rivers"][0], font=font(24, "bold"), fill="#3f6b85")
    draw.text((40, 760), labels["rivers"][1], font=font(24, "bold"), fill="#3f6b85")
    roads = [[(160, 260), (420, 420), (700, 520), (1060, 700)], [(300, 720), (560, 470), (860, 250)]]
    for road in roads:
        draw.line(road, fill="#c98b3a", width=12, joint="curve")
        draw.line(road, fill="#f6e2b8", width=4, joint="curve")
    for name, anchor in zip(labels["areas"], _area_anchors(centre_x, centre_y), strict=True):
        x, y = anchor
        draw.ellipse((x - 6, y - 6, x + 6, y + 6), fill="#6b7d5a")
        _label(draw, (x + 12, y - 12), name, font(20), "#3b4a33")
    for position, name in zip([(630, 556), (720, 260)], labels["roads"], strict=True):
        _label(draw, position, name, font(20, "bold"), "#7a4d16")
    _label(draw, (centre_x - 150, centre_y - 20), labels["ward"], font(34, "bold"), "#9b2c2c")
    # Compass and scale.
    draw.polygon([(1110, 230), (1095, 290), (1110, 278), (1125, 290)], fill="#333333")
    draw.text((1102, 196), "B", font=font(26, "bold"), fill="#333333")
    draw.rectangle((60, 860, 260, 868), fill="#333333")
    draw.rectangle((60, 860, 160, 868), fill="#ffffff", outline="#333333")
    draw.text((60, 828), labels["scale"], font=font(18), fill="#333333")
    # Title and legend.
    draw.rectangle((0, 0, width, 56), fill="#9b2c2c")
    draw.text((24, 12), labels["title"], font=font(28, "bold"), fill="#ffffff")
    legend_x, legend_y = 880, 600
    draw.rectangle((legend_x, legend_y, legend_x + 300, legend_y + 150), fill="#ffffff", outline="#8a8a8a")
    entries = list(zip(labels["legend"], ["#9b2c2c", "#7fa6bd", "#c98b3a", "#6b7d5a"], strict=True))
    for index, (text, colour) in enumerate(entries):
        y = legend_y + 18 + index * 32
        draw.rectangle((legend_x + 14, y + 4, legend_x + 44, y + 16), fill=colour)
        draw.text((legend_x + 56, y - 2), text, font=font(18), fill="#333333")
    draw.text((300, 862), labels["note"], font=font(17), fill="#555555")
    return _jpeg(image, quality=82)


def _label(draw, position, text, text_font, colour):
    left, top, right, bottom = draw.textbbox(position, text, font=text_font)
    draw.rounded_rectangle((left - 6, top - 4, right + 6, bottom + 4), radius=6, fill="#f3efe4")
    draw.text(position, text, font=text_font, fill=colour)


def _area_anchors(centre_x, centre_y):
    return [
        (centre_x - 300, centre_y - 120),
        (centre_x - 60, centre_y - 200),
        (centre_x + 180, centre_y - 130),
        (centre_x + 260, centre_y + 60),
        (centre_x - 250, centre_y + 120),
        (centre_x + 20, centre_y + 170),
    ]
