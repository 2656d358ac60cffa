"""The demo organisations and the Hyvä kiertämään campaign, read from ``content/fi/organisations.toml``.

An organisation is found again by its Finnish name, the campaign by its slug.
"""

from home.demo.content import read
from teot.models import Campaign, Organisation

ORGANISATIONS = read("teot.demo", "fi", "organisations")["organisations"]
CAMPAIGN = read("teot.demo", "fi", "organisations")["campaign"]


def ensure_organisations():
    organisations = {}
    for spec in ORGANISATIONS:
        organisation = Organisation.objects.filter(name=spec["name"]).first() or Organisation(name=spec["name"])
        organisation.name_sv = spec.get("name_sv", "")
        organisation.type = spec["type"]
        organisation.region = spec["region"]
        organisation.municipality_code = spec.get("municipality_code", "")
        organisation.is_approved = True
        organisation.save()
        organisations[spec["name"]] = organisation
    return organisations


def ensure_campaign():
    campaign = Campaign.objects.filter(slug=CAMPAIGN["slug"]).first() or Campaign()
    for name, value in CAMPAIGN.items():
        setattr(campaign, name, value)
    campaign.save()
    return campaign
