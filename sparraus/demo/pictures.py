"""The coaches' pictures: their initials on a coloured square, drawn with Pillow (no photos of real people)."""

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from home.demo.content import read
from home.demo.images import LIGHT, NAVY, YELLOW, ensure_image

SIZE = 600
TEAL = (0, 105, 110)
WHITE = (255, 255, 255)
PALETTE = {"navy": (NAVY, YELLOW), "yellow": (YELLOW, NAVY), "light": (LIGHT, NAVY), "teal": (TEAL, WHITE)}
TEXTS = read("sparraus.demo", "fi", "coaches")["pictures"]  # titles and descriptions in the image library


def initials(name):
    return "".join(part[0] for part in name.split()).upper()


def draw(name, colour):
    background, ink = PALETTE[colour]
    picture = PILImage.new("RGB", (SIZE, SIZE), background)
    font = ImageFont.load_default(size=SIZE * 2 // 5)
    ImageDraw.Draw(picture).text((SIZE / 2, SIZE / 2), initials(name), fill=ink, font=font, anchor="mm")
    return picture


def ensure_picture(key, spec):
    """``(image, created)``: the coach's picture, drawn on the first run only."""
    name, colour = spec["name"], spec["picture"]
    words = {"name": name, "initials": initials(name), "colour": TEXTS["colours"][colour]}
    return ensure_image(
        {
            "title": TEXTS["title"].format(**words),
            "description": TEXTS["description"].format(**words),
            "filename": f"sparraaja-{key}.jpg",
            "draw": lambda: draw(name, colour),
        },
        quality=90,
    )
