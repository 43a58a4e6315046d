"""The bot's words in French and English, and dates written the way each language writes them."""

from __future__ import annotations

from datetime import datetime

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"

_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "fr": {
        "digest.related": "À lire aussi",
        "digest.others": "Également nouveau",
        "digest.more": "+{count} de plus",
        "start": (
            "Bonjour ! Je publie ici de courts résumés de l'actualité : pour chaque nouvel "
            "article à la une, le titre, l'heure, les premières phrases et les titres liés.\n\n"
            "<b>Sources</b>\n{sources}\n\n{commands}"
        ),
        "help": "<b>Commandes</b>\n{commands}",
        "cmd.start": "présenter le bot",
        "cmd.help": "les commandes",
        "cmd.subscribe": "[NOM] s'abonner (sans nom : à toutes les sources)",
        "cmd.unsubscribe": "[NOM] se désabonner (sans nom : de tout)",
        "cmd.latest": "[NOM] le dernier résumé, tout de suite",
        "cmd.sources": "les sources et leur dernier article",
        "source.line": "• <b>{name}</b> — {title}",
        "source.latest": "\n   dernier : <a href=\"{url}\">{headline}</a>",
        "source.none": "(aucune source configurée)",
        "subscribed.one": "Abonné à <b>{title}</b>. Les nouveaux articles arriveront ici.",
        "subscribed.all": "Abonné à toutes les sources : {names}.",
        "subscribed.already": "Déjà abonné à <b>{title}</b>.",
        "unsubscribed.one": "Désabonné de <b>{title}</b>.",
        "unsubscribed.all": "Désabonné de toutes les sources.",
        "unsubscribed.none": "Ce chat n'était abonné à rien.",
        "unsubscribed.not": "Ce chat n'est pas abonné à <b>{title}</b>.",
        "unknown_source": "Source inconnue : « {name} ». Sources valides : {names}.",
        "too_many_args": "Une seule source à la fois. Sources valides : {names}.",
        "group_admins_only": (
            "Dans un groupe, seuls les administrateurs du chat peuvent changer les abonnements."
        ),
        "latest.none": "Rien à montrer pour <b>{title}</b> pour l'instant.",
        "latest.failed": "Impossible de lire <b>{title}</b> en ce moment ; réessayez plus tard.",
        "latest.pick": "Quelle source ? Sources valides : {names}.",
        "subscriptions.mine": "Abonnements de ce chat : {names}.",
        "subscriptions.empty": "Ce chat n'est abonné à aucune source : /subscribe",
        "date.format": "{day} {month} {year} à {hour:02d}h{minute:02d}",
    },
    "en": {
        "digest.related": "Related",
        "digest.others": "Also new",
        "digest.more": "+{count} more",
        "start": (
            "Hello! I post short news digests here: for each new lead story, its headline, "
            "time, first sentences and related headlines.\n\n"
            "<b>Sources</b>\n{sources}\n\n{commands}"
        ),
        "help": "<b>Commands</b>\n{commands}",
        "cmd.start": "what this bot does",
        "cmd.help": "the commands",
        "cmd.subscribe": "[NAME] subscribe (no name: every source)",
        "cmd.unsubscribe": "[NAME] unsubscribe (no name: all)",
        "cmd.latest": "[NAME] the newest digest, now",
        "cmd.sources": "the sources and their last story",
        "source.line": "• <b>{name}</b> — {title}",
        "source.latest": "\n   last: <a href=\"{url}\">{headline}</a>",
        "source.none": "(no source configured)",
        "subscribed.one": "Subscribed to <b>{title}</b>. New stories will arrive here.",
        "subscribed.all": "Subscribed to every source: {names}.",
        "subscribed.already": "Already subscribed to <b>{title}</b>.",
        "unsubscribed.one": "Unsubscribed from <b>{title}</b>.",
        "unsubscribed.all": "Unsubscribed from every source.",
        "unsubscribed.none": "This chat was not subscribed to anything.",
        "unsubscribed.not": "This chat is not subscribed to <b>{title}</b>.",
        "unknown_source": "Unknown source: “{name}”. Valid sources: {names}.",
        "too_many_args": "One source at a time. Valid sources: {names}.",
        "group_admins_only": "In a group, only the chat's admins may change subscriptions.",
        "latest.none": "Nothing to show for <b>{title}</b> yet.",
        "latest.failed": "Cannot read <b>{title}</b> right now; please try again later.",
        "latest.pick": "Which source? Valid sources: {names}.",
        "subscriptions.mine": "This chat's subscriptions: {names}.",
        "subscriptions.empty": "This chat has no subscriptions: /subscribe",
        "date.format": "{month} {day}, {year}, {hour:02d}:{minute:02d}",
    },
}


def pick_language(candidate: str | None, default: str = DEFAULT_LANGUAGE) -> str:
    """Return `candidate` (e.g. a Telegram language_code "fr-FR") if the bot speaks it, else default."""
    if candidate:
        short = candidate.split("-")[0].lower()
        if short in LANGUAGES:
            return short
    return default if default in LANGUAGES else DEFAULT_LANGUAGE


def text(language: str, key: str, **values: object) -> str:
    """Return the text for `key` in `language` (French when unknown), filled with `values`."""
    table = _TEXTS.get(language, _TEXTS[DEFAULT_LANGUAGE])
    template = table.get(key) or _TEXTS[DEFAULT_LANGUAGE][key]
    return template.format(**values) if values else template


def format_datetime(moment: datetime, language: str) -> str:
    """Return a date and time as `language` writes it: "5 juillet 2016 à 08h36", "July 5, 2016, 08:36"."""
    lang = language if language in _MONTHS else DEFAULT_LANGUAGE
    return text(
        lang,
        "date.format",
        day=moment.day,
        month=_MONTHS[lang][moment.month - 1],
        year=moment.year,
        hour=moment.hour,
        minute=moment.minute,
    )
