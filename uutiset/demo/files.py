"""The files and embeds the demo makes or stores itself, found again by title or address on the next run."""

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from home.demo.builders import SITE_NAME, AppDemo
from home.demo.images import ensure_image

YOUTUBE_URL = "https://www.youtube.com/watch?v={id}"
# What YouTube's oEmbed answers, stored so that pages never ask it; the page names the player itself.
YOUTUBE_PLAYER = (
    '<iframe width="560" height="315" src="https://www.youtube.com/embed/{id}?feature=oembed"'
    ' allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share"'
    ' referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'
)


class FilesDemo(AppDemo):
    """A demo loader that also makes images and documents and stores embeds."""

    def ensure_image(self, spec):
        image, created = ensure_image(spec, quality=88)
        if created:
            self.count_created()
        return image

    def ensure_document(self, title, filename, make):
        """The document with this title; a new one holds the bytes ``make()`` returns."""
        document = Document.objects.filter(title=title).order_by("pk").first()
        if document is None:
            document = Document(title=title, file=ContentFile(make(), name=filename))
            document._set_document_file_metadata()
            document.save()
            self.count_created()
        elif document.file_extension.lower() != filename.rpartition(".")[2]:
            # Made by an older demo in another format (the podcast's WAV audio): made again.
            document.file.save(filename, ContentFile(make()), save=False)
            document._set_document_file_metadata()
            document.save()
        return document

    def youtube_recording(self, video_id, title):
        """A YouTube address, its player stored as Wagtail would (found by the same hash), so pages never fetch it."""
        url = YOUTUBE_URL.format(id=video_id)
        embed_hash = get_embed_hash(url)
        embed = Embed.objects.filter(hash=embed_hash).first()
        if embed is None:
            embed = Embed(hash=embed_hash)
            self.count_created()
        embed.url = url
        embed.max_width = None
        embed.type = "video"
        embed.html = YOUTUBE_PLAYER.format(id=video_id)
        embed.title = title
        embed.author_name = SITE_NAME
        embed.provider_name = "YouTube"
        embed.thumbnail_url = ""
        embed.width, embed.height = 560, 315
        embed.cache_until = None  # never refetched
        embed.save()
        return url
