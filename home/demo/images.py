"""Abstract illustrations in the site's colours, drawn with Pillow (no downloads)."""

import math
from io import BytesIO

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images.models import Image

from .content import read

NAVY = (11, 61, 110)
NAVY_DARK = (7, 42, 77)
YELLOW = (255, 213, 74)
LIGHT = (243, 245, 248)
SIZE = (1600, 1000)


def _gradient(top, bottom):
    img = PILImage.new("RGB", SIZE)
    draw = ImageDraw.Draw(img)
    width, height = SIZE
    for y in range(height):
        t = y / (height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return img


def _overlay(img, paint):
    layer = PILImage.new("RGBA", SIZE, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer))
    return PILImage.alpha_composite(img.convert("RGBA"), layer).convert("RGB")


def _points(count, seed):
    """Evenly scattered, repeatable points (a golden-angle spiral squeezed into the frame)."""
    width, height = SIZE
    points = []
    for i in range(count):
        radius = math.sqrt((i + 0.5) / count)
        angle = i * 2.399963 + seed
        x = width / 2 + radius * math.cos(angle) * width * 0.46
        y = height / 2 + radius * math.sin(angle) * height * 0.44
        points.append((x, y))
    return points


def draw_hero():
    img = _gradient(NAVY, NAVY_DARK)

    def paint(draw):
        draw.ellipse((880, 140, 1480, 740), fill=(*YELLOW, 255))
        for i, r in enumerate((420, 520, 620)):
            draw.ellipse((1180 - r, 440 - r, 1180 + r, 440 + r), outline=(*LIGHT, 90 - i * 25), width=6)
        draw.ellipse((140, 560, 520, 940), fill=(*LIGHT, 60))
        for i, (x, y) in enumerate(_points(40, 0.3)):
            if x < 800:
                r = 6 + (i % 4) * 3
                draw.ellipse((x - r, y - r, x + r, y + r), fill=(*YELLOW, 200))

    return _overlay(img, paint)


def draw_network():
    img = _gradient(NAVY_DARK, NAVY)
    points = _points(34, 1.1)

    def paint(draw):
        for i, (x1, y1) in enumerate(points):
            for x2, y2 in points[i + 1 :]:
                if math.dist((x1, y1), (x2, y2)) < 300:
                    draw.line((x1, y1, x2, y2), fill=(*LIGHT, 110), width=3)
        for i, (x, y) in enumerate(points):
            r = 14 if i % 3 else 24
            colour = YELLOW if i % 3 == 0 else LIGHT
            draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, 255))

    return _overlay(img, paint)


def draw_chart():
    img = _gradient(LIGHT, (225, 231, 239))

    def paint(draw):
        base = 880
        for i in range(9):
            x = 170 + i * 150
            h = 120 + i * 72 + (40 if i % 2 else 0)
            colour = NAVY if i % 3 else YELLOW
            draw.rounded_rectangle((x, base - h, x + 100, base), radius=18, fill=(*colour, 255))
        draw.line((120, base + 20, 1480, base + 20), fill=(*NAVY, 255), width=8)
        draw.line((170, 700, 520, 560, 860, 420, 1400, 150), fill=(*YELLOW, 230), width=14, joint="curve")

    return _overlay(img, paint)


def draw_coaching():
    img = _gradient(YELLOW, (255, 226, 130))

    def paint(draw):
        draw.rounded_rectangle((450, 360, 1150, 640), radius=140, fill=(*NAVY, 255))
        for i in range(9):
            angle = 2 * math.pi * i / 9 - math.pi / 2
            x = 800 + math.cos(angle) * 480
            y = 500 + math.sin(angle) * 330
            colour = NAVY_DARK if i % 2 else LIGHT
            draw.ellipse((x - 55, y - 55, x + 55, y + 55), fill=(*colour, 255))
        draw.ellipse((740, 440, 860, 560), fill=(*YELLOW, 255))

    return _overlay(img, paint).filter(ImageFilter.SMOOTH)


DRAW = {"hero": draw_hero, "network": draw_network, "chart": draw_chart, "coaching": draw_coaching}

# key -> title, description and filename (content/fi/images.toml), and the drawing
IMAGES = {key: {**image, "draw": DRAW[key]} for key, image in read("home.demo", "fi", "images").items()}


def ensure_image(spec, quality):
    """``(image, created)``: the image titled ``spec["title"]``, drawn and stored on the first run only,
    its description set on every run."""
    image = Image.objects.filter(title=spec["title"]).order_by("pk").first()
    created = image is None
    if created:
        buffer = BytesIO()
        spec["draw"]().save(buffer, format="JPEG", quality=quality, optimize=True)
        image = Image(title=spec["title"], file=ImageFile(buffer, name=spec["filename"]))
        image._set_image_file_metadata()
    image.description = spec["description"]
    image.save()
    return image, created
