"""WCAG contrast arithmetic, used to pick readable text on the SDG colours."""


def _channel(value):
    value = value / 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first, second):
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_colour_for(background):
    """Return #000000 or #ffffff, whichever contrasts more with the background."""
    black, white = contrast_ratio(background, "#000000"), contrast_ratio(background, "#ffffff")
    return "#000000" if black >= white else "#ffffff"
