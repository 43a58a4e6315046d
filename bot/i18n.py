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
        # admin
        "admin.refused": (
            "Désolé, cette commande est réservée aux administrateurs du bot. "
            "Les commandes de tout le monde : /help"
        ),
        "admin.usage": "Usage : {usage}. Sources : {names}.",
        "admin.cmd.addsource": "NOM URL [SECONDES] ajouter une source (admins)",
        "admin.cmd.removesource": "NOM retirer une source (admins)",
        "admin.cmd.pause": "NOM ne plus relever une source (admins)",
        "admin.cmd.resume": "NOM relever de nouveau une source (admins)",
        "admin.cmd.interval": "NOM SECONDES fréquence des relevés (admins)",
        "admin.cmd.stats": "chats, abonnements, envois, sources en échec (admins)",
        "admin.cmd.export": "les sources en fichier OPML (admins)",
        "admin.cmd.import": "légende d'un fichier OPML : ajouter ses flux (admins)",
        "admin.addsource.usage": (
            "Usage : /addsource NOM URL [INTERVALLE]\n"
            "NOM : identifiant court (minuscules, chiffres, - ou _) ; URL : adresse http(s) "
            "d'un flux RSS/Atom ou d'une page d'accueil ; INTERVALLE : secondes entre deux "
            "relevés, {min} au moins (600 par défaut)."
        ),
        "admin.bad_name": (
            "Nom invalide : « {name} ». Un nom est un identifiant court : lettres minuscules, "
            "chiffres, - ou _, 32 caractères au plus, p. ex. lemonde."
        ),
        "admin.bad_url": "Adresse invalide : « {url} ». Il faut une URL http:// ou https://.",
        "admin.bad_interval": (
            "Intervalle invalide : « {value} ». Donnez un nombre entier de secondes "
            "de {min} à {max}."
        ),
        "admin.name_taken": "Une source s'appelle déjà <b>{name}</b> : choisissez un autre nom.",
        "admin.url_taken": "Cette adresse est déjà suivie, sous le nom <b>{name}</b>.",
        "admin.probe.fetch": "Impossible de lire {url} : {detail}",
        "admin.probe.listing": "{url} n'est ni un flux RSS/Atom ni une page d'articles ({detail}).",
        "admin.probe.empty": "{url} ne liste aucun article : rien à suivre.",
        "admin.added": (
            "✅ Source <b>{name}</b> ajoutée : {title} ({kind}, {entries} articles, relevée toutes "
            "les {every}). Voici le résumé qu'elle publierait ; son premier relevé enregistre "
            "l'existant sans rien envoyer. Abonnement : /subscribe {name}"
        ),
        "admin.removed": (
            "Source <b>{name}</b> ({title}) retirée. Chats désabonnés : {chats}."
        ),
        "admin.paused": "Source <b>{name}</b> en pause : elle n'est plus relevée (/resume {name}).",
        "admin.already_paused": "La source <b>{name}</b> est déjà en pause.",
        "admin.resumed": "Source <b>{name}</b> reprise : elle est relevée de nouveau.",
        "admin.already_resumed": "La source <b>{name}</b> n'est pas en pause.",
        "admin.interval_set": "Source <b>{name}</b> relevée toutes les {seconds} s ({every}).",
        "admin.none": "aucune",
        "admin.never": "jamais",
        "admin.days": "j",
        "admin.ago": "il y a {time}",
        "admin.in": "dans {time}",
        "admin.stats": (
            "<b>Statistiques</b>\n"
            "Chats : {active} actifs, {inactive} inactifs\n"
            "Abonnements actifs : {subscriptions}\n"
            "Dernières 24 h : {digests} résumés, {sent} messages envoyés\n"
            "Envois en attente : {pending}\n"
            "Sources : {sources} (dont {paused} en pause)\n"
            "Sources en échec : {failing}"
        ),
        "admin.health.title": "<b>État des sources</b> (administrateurs)",
        "admin.health.source": "• <b>{name}</b> — {kind}, toutes les {every}",
        "admin.health.paused": " — ⏸ en pause",
        "admin.health.success": "dernier succès : {last}",
        "admin.health.failures": "⚠️ {count} échec(s) de suite : {error}",
        "admin.health.next": "prochain relevé : {next}",
        "admin.alert.failing": (
            "⚠️ La source <b>{name}</b> a échoué {count} fois de suite : {error}\n"
            "Prochain essai dans {retry} (l'attente double à chaque échec, 6 h au plus)."
        ),
        "admin.alert.recovered": "✅ La source <b>{name}</b> fonctionne de nouveau.",
        "admin.exported": "{count} sources, au format OPML.",
        "admin.import.usage": (
            "Envoyez un fichier OPML (au plus {max_kb} ko) comme document, avec la légende /import."
        ),
        "admin.import.too_big": "Fichier trop gros : un OPML de {max_kb} ko au plus.",
        "admin.import.bad_file": "Ce fichier n'est pas un OPML lisible : {detail}",
        "admin.imported": "Import OPML : {added} source(s) ajoutée(s) ({names}), {skipped} ignorée(s).",
        "admin.skipped_line": "• {title} : {reason}",
        "admin.skip.url": "adresse non http(s)",
        "admin.skip.followed": "déjà suivie sous le nom {name}",
        "admin.skip.twice": "en double dans le fichier",
        "admin.skip.fetch": "illisible ({detail})",
        "admin.skip.listing": "ni flux ni page d'articles",
        "admin.skip.empty": "aucun article",
        # readers
        "cmd.settings": "les réglages de ce chat, à changer d'un bouton",
        "cmd.times": "HH:MM… résumés aux heures dites (off : à chaque article)",
        "cmd.timezone": "ZONE le fuseau horaire, p. ex. Europe/Paris",
        "cmd.language": "fr|en la langue du bot dans ce chat",
        "cmd.quiet": "HH:MM HH:MM heures calmes : envoi silencieux (off : aucune)",
        "cmd.filter": "+mot -mot filtrer les articles (off : aucun filtre)",
        "cmd.related": "0-10 titres liés par résumé",
        "roundup.title": "Vos nouvelles",
        "roundup.title_at": "Vos nouvelles — {when}",
        "settings.body": (
            "<b>Réglages de ce chat</b>\n"
            "Langue : {language_name}\n"
            "Envoi : {mode}\n"
            "Fuseau horaire : {timezone}\n"
            "Heures calmes : {quiet}\n"
            "Filtres : {filters}\n"
            "Titres liés par résumé : {related}\n\n"
            "/times 08:00 18:00 · /timezone Europe/Paris · /language fr|en · "
            "/quiet 22:00 07:00 · /filter +mot -mot · /related 0-10"
        ),
        "settings.instant": "à chaque nouvel article",
        "settings.times": "un résumé à {times}",
        "settings.quiet": "de {start} à {end}, sans notification",
        "settings.off": "aucun",
        "settings.quiet_off": "aucune",
        "settings.admins_only": (
            "Dans un groupe, seuls les administrateurs du chat peuvent changer les réglages."
        ),
        "settings.updated": "C'est noté.",
        "button.instant": "⚡ À chaque article",
        "button.times": "🕗 Aux heures dites",
        "button.related_less": "Titres liés −",
        "button.related_more": "Titres liés +",
        "button.quiet_off": "🔔 Plus d'heures calmes",
        "set.times": "Résumés à {times} ({timezone}) : tout ce qui est nouveau arrive alors en un seul message.",
        "set.instant": "Envoi à chaque nouvel article.",
        "set.timezone": "Fuseau horaire : {timezone}.",
        "set.language": "Je parle français dans ce chat.",
        "set.quiet": "Heures calmes de {start} à {end} : les résumés y arrivent sans notification.",
        "set.quiet_off": "Plus d'heures calmes.",
        "set.filter": "Filtres : {filters}.",
        "set.filter_off": "Plus de filtre : tous les articles arrivent.",
        "set.related": "Titres liés par résumé : {count}.",
        "usage.times": (
            "Les heures s'écrivent HH:MM, de 00:00 à 23:59, six au plus, "
            "p. ex. /times 08:00 18:00 (ou /times off pour chaque article)."
        ),
        "usage.timezone": (
            "Donnez un fuseau horaire IANA comme Europe/Paris ou America/Montreal, "
            "p. ex. /timezone Europe/Paris."
        ),
        "usage.language": "Langues possibles : fr ou en, p. ex. /language en.",
        "usage.quiet": (
            "Les heures calmes sont deux heures HH:MM différentes, début puis fin, "
            "p. ex. /quiet 22:00 07:00 (ou /quiet off)."
        ),
        "usage.filter": (
            "Les filtres sont des mots simples, chacun précédé de + (doit apparaître) ou "
            "- (ne doit pas apparaître), vingt au plus, p. ex. /filter +chine -sport "
            "(ou /filter off). Majuscules et accents ne comptent pas."
        ),
        "usage.related": "Le nombre de titres liés va de 0 à 10, p. ex. /related 3.",
        "current": "Actuellement : {value}.\n{usage}",
        "channel.private_only": (
            "Pour abonner une chaîne, écrivez-moi en privé : /subscribe @chaine [NOM…]"
        ),
        "channel.not_found": "Chaîne introuvable : {channel}. Donnez son nom public, p. ex. @machaine.",
        "channel.not_channel": "{channel} n'est pas une chaîne.",
        "channel.not_admin": "Vous n'êtes pas administrateur de {channel}.",
        "channel.bot_not_admin": (
            "Ajoutez d'abord le bot comme administrateur de {channel}, avec le droit de publier."
        ),
        "channel.subscribed": "{channel} est abonnée à : {names}.",
        "channel.unsubscribed": "{channel} est désabonnée de : {names}.",
        "channel.unsubscribed_none": "{channel} n'était abonnée à rien.",
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
        # admin
        "admin.refused": (
            "Sorry, this command is for the bot's administrators. Everyone's commands: /help"
        ),
        "admin.usage": "Usage: {usage}. Sources: {names}.",
        "admin.cmd.addsource": "NAME URL [SECONDS] add a source (admins)",
        "admin.cmd.removesource": "NAME remove a source (admins)",
        "admin.cmd.pause": "NAME stop polling a source (admins)",
        "admin.cmd.resume": "NAME poll a source again (admins)",
        "admin.cmd.interval": "NAME SECONDS how often a source is polled (admins)",
        "admin.cmd.stats": "chats, subscriptions, sends, failing sources (admins)",
        "admin.cmd.export": "the sources as an OPML file (admins)",
        "admin.cmd.import": "caption of an OPML file: add its feeds (admins)",
        "admin.addsource.usage": (
            "Usage: /addsource NAME URL [INTERVAL]\n"
            "NAME: a short id (lowercase letters, digits, - or _); URL: the http(s) address of "
            "an RSS/Atom feed or a front page; INTERVAL: seconds between two polls, at least "
            "{min} (600 by default)."
        ),
        "admin.bad_name": (
            "Invalid name: “{name}”. A name is a short id: lowercase letters, digits, - or _, "
            "at most 32 characters, e.g. lemonde."
        ),
        "admin.bad_url": "Invalid address: “{url}”. An http:// or https:// URL is needed.",
        "admin.bad_interval": (
            "Invalid interval: “{value}”. Give a whole number of seconds from {min} to {max}."
        ),
        "admin.name_taken": "A source is already named <b>{name}</b>: pick another name.",
        "admin.url_taken": "This address is already followed, as <b>{name}</b>.",
        "admin.probe.fetch": "Cannot read {url}: {detail}",
        "admin.probe.listing": "{url} is neither an RSS/Atom feed nor a page of articles ({detail}).",
        "admin.probe.empty": "{url} lists no articles: nothing to follow.",
        "admin.added": (
            "✅ Source <b>{name}</b> added: {title} ({kind}, {entries} articles, polled every "
            "{every}). Above is the digest it would post; its first poll records what is there "
            "without sending anything. To subscribe: /subscribe {name}"
        ),
        "admin.removed": "Source <b>{name}</b> ({title}) removed. Chats unsubscribed: {chats}.",
        "admin.paused": "Source <b>{name}</b> paused: it is no longer polled (/resume {name}).",
        "admin.already_paused": "Source <b>{name}</b> is already paused.",
        "admin.resumed": "Source <b>{name}</b> resumed: it is polled again.",
        "admin.already_resumed": "Source <b>{name}</b> is not paused.",
        "admin.interval_set": "Source <b>{name}</b> is polled every {seconds} s ({every}).",
        "admin.none": "none",
        "admin.never": "never",
        "admin.days": "d",
        "admin.ago": "{time} ago",
        "admin.in": "in {time}",
        "admin.stats": (
            "<b>Statistics</b>\n"
            "Chats: {active} active, {inactive} inactive\n"
            "Active subscriptions: {subscriptions}\n"
            "Last 24 h: {digests} digests, {sent} messages sent\n"
            "Pending deliveries: {pending}\n"
            "Sources: {sources} ({paused} paused)\n"
            "Failing sources: {failing}"
        ),
        "admin.health.title": "<b>Source health</b> (admins)",
        "admin.health.source": "• <b>{name}</b> — {kind}, every {every}",
        "admin.health.paused": " — ⏸ paused",
        "admin.health.success": "last success: {last}",
        "admin.health.failures": "⚠️ {count} failure(s) in a row: {error}",
        "admin.health.next": "next poll: {next}",
        "admin.alert.failing": (
            "⚠️ Source <b>{name}</b> failed {count} times in a row: {error}\n"
            "Next try in {retry} (the wait doubles with each failure, 6 h at most)."
        ),
        "admin.alert.recovered": "✅ Source <b>{name}</b> works again.",
        "admin.exported": "{count} sources, as OPML.",
        "admin.import.usage": (
            "Send an OPML file (at most {max_kb} kB) as a document, with the caption /import."
        ),
        "admin.import.too_big": "File too big: an OPML file of at most {max_kb} kB, please.",
        "admin.import.bad_file": "This file is not a readable OPML file: {detail}",
        "admin.imported": "OPML import: {added} source(s) added ({names}), {skipped} skipped.",
        "admin.skipped_line": "• {title}: {reason}",
        "admin.skip.url": "not an http(s) address",
        "admin.skip.followed": "already followed as {name}",
        "admin.skip.twice": "listed twice in the file",
        "admin.skip.fetch": "cannot be read ({detail})",
        "admin.skip.listing": "neither a feed nor a page of articles",
        "admin.skip.empty": "no articles",
        # readers
        "cmd.settings": "this chat's settings, changed with a button",
        "cmd.times": "HH:MM… digests at set times (off: one per story)",
        "cmd.timezone": "ZONE the time zone, e.g. Europe/Paris",
        "cmd.language": "fr|en the bot's language in this chat",
        "cmd.quiet": "HH:MM HH:MM quiet hours: sent silently (off: none)",
        "cmd.filter": "+word -word filter the stories (off: no filter)",
        "cmd.related": "0-10 related headlines per digest",
        "roundup.title": "Your news",
        "roundup.title_at": "Your news — {when}",
        "settings.body": (
            "<b>This chat's settings</b>\n"
            "Language: {language_name}\n"
            "Delivery: {mode}\n"
            "Time zone: {timezone}\n"
            "Quiet hours: {quiet}\n"
            "Filters: {filters}\n"
            "Related headlines per digest: {related}\n\n"
            "/times 08:00 18:00 · /timezone Europe/Paris · /language fr|en · "
            "/quiet 22:00 07:00 · /filter +word -word · /related 0-10"
        ),
        "settings.instant": "as each new story comes",
        "settings.times": "one digest at {times}",
        "settings.quiet": "from {start} to {end}, without notification",
        "settings.off": "none",
        "settings.quiet_off": "none",
        "settings.admins_only": "In a group, only the chat's admins may change its settings.",
        "settings.updated": "Done.",
        "button.instant": "⚡ Each story",
        "button.times": "🕗 At set times",
        "button.related_less": "Related −",
        "button.related_more": "Related +",
        "button.quiet_off": "🔔 No quiet hours",
        "set.times": "Digests at {times} ({timezone}): everything new then arrives in one message.",
        "set.instant": "A digest as each new story comes.",
        "set.timezone": "Time zone: {timezone}.",
        "set.language": "I speak English in this chat.",
        "set.quiet": "Quiet hours from {start} to {end}: digests then arrive without notification.",
        "set.quiet_off": "No more quiet hours.",
        "set.filter": "Filters: {filters}.",
        "set.filter_off": "No filter: every story arrives.",
        "set.related": "Related headlines per digest: {count}.",
        "usage.times": (
            "Times are HH:MM from 00:00 to 23:59, six at most, "
            "e.g. /times 08:00 18:00 (or /times off for one digest per story)."
        ),
        "usage.timezone": (
            "Give an IANA time zone like Europe/Paris or America/New_York, "
            "e.g. /timezone Europe/Paris."
        ),
        "usage.language": "Languages: fr or en, e.g. /language en.",
        "usage.quiet": (
            "Quiet hours are two different HH:MM times, start then end, "
            "e.g. /quiet 22:00 07:00 (or /quiet off)."
        ),
        "usage.filter": (
            "Filters are plain words, each after + (must appear) or - (must not appear), "
            "twenty at most, e.g. /filter +china -sport (or /filter off). "
            "Case and accents do not matter."
        ),
        "usage.related": "Related headlines go from 0 to 10, e.g. /related 3.",
        "current": "Now: {value}.\n{usage}",
        "channel.private_only": (
            "To subscribe a channel, write to me in private: /subscribe @channel [NAME…]"
        ),
        "channel.not_found": "No such channel: {channel}. Give its public name, e.g. @mychannel.",
        "channel.not_channel": "{channel} is not a channel.",
        "channel.not_admin": "You are not an admin of {channel}.",
        "channel.bot_not_admin": "Add the bot as an admin of {channel} first, allowed to post.",
        "channel.subscribed": "{channel} is subscribed to: {names}.",
        "channel.unsubscribed": "{channel} is unsubscribed from: {names}.",
        "channel.unsubscribed_none": "{channel} was not subscribed to anything.",
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
