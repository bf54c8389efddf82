"""The Python SDK against the clone over TLS: every call that `npm run test:azure-tools` checks.

Run by scripts/azure-tools/run.ts as `python3 python_sdk.py <recipe.py>`, with API and
REQUESTS_CA_BUNDLE in the environment. The recipe is the Python block of docs/azure-tools.md, run
first as it is written; its credential is then the one every call below uses, so the page's recipe
and this script cannot drift apart. One line per step: `passed <step>` or `failed <step>: <why>`.
"""

import contextlib
import io
import os
import runpy
import sys

from azure.core.exceptions import HttpResponseError
from azure.identity import ClientSecretCredential
from azure.identity import __version__ as IDENTITY_VERSION
from azure.mgmt.resource import ResourceManagementClient, SubscriptionClient
from azure.mgmt.subscription import SubscriptionClient as SubscriptionOperationsClient
from azure.mgmt.subscription.models import SubscriptionName

API = os.environ["API"]
TENANT = "6d1f4a2e-3b5c-4d6e-9f70-c0a1b2c3d4e5"
PRODUCTION = "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f601"
DEV_TEST = "a3f1c2d4-5b6e-4f70-8a91-b2c3d4e5f602"
# MSAL asks login.microsoftonline.com about an authority it does not know unless told not to; the
# keyword was renamed in azure-identity 1.14.
NO_DISCOVERY = (
    {"instance_discovery": False}
    if tuple(int(part) for part in IDENTITY_VERSION.split(".")[:2]) < (1, 14)
    else {"disable_instance_discovery": True}
)

failures = 0


def step(name, check):
    """Runs one check; an exception or a False answer fails the step with the reason."""
    global failures
    try:
        outcome = check()
        if outcome is not True:
            raise AssertionError(outcome or "the check did not hold")
        print(f"passed {name}", flush=True)
    except Exception as error:  # the step's failure, whatever it is, is reported and the rest run
        failures += 1
        reason = " ".join(str(error).split())[:300]
        print(f"failed {name}: {type(error).__name__}: {reason}", flush=True)


recipe = {}


def run_recipe():
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        recipe.update(runpy.run_path(sys.argv[1]))
    lines = out.getvalue().splitlines()
    if len(lines) != 8 or lines[-1] != "True":
        return f"expected 7 subscriptions and True, printed {lines!r}"
    return True


step("docs recipe (ClientSecretCredential, subscriptions.list, check_existence)", run_recipe)
credential = recipe.get("credential")
subscriptions = SubscriptionClient(credential, base_url=API)
groups = ResourceManagementClient(credential, PRODUCTION, base_url=API)
operations = SubscriptionOperationsClient(credential, base_url=API)


def expect(actual, wanted):
    return True if actual == wanted else f"expected {wanted!r}, got {actual!r}"


step("subscriptions.list", lambda: expect(len(list(subscriptions.subscriptions.list())), 7))
step(
    "subscriptions.get",
    lambda: expect(subscriptions.subscriptions.get(PRODUCTION).display_name, "Contoso Production"),
)
step(
    "subscriptions.list_locations",
    lambda: expect(
        "eastus" in [l.name for l in subscriptions.subscriptions.list_locations(PRODUCTION)], True
    ),
)
step(
    "resource_groups.list",
    lambda: expect("rg-prod-web" in [g.name for g in groups.resource_groups.list()], True),
)
step("resource_groups.get", lambda: expect(groups.resource_groups.get("rg-prod-web").name, "rg-prod-web"))
step(
    "resource_groups.check_existence(rg-prod-web)",
    lambda: expect(groups.resource_groups.check_existence("rg-prod-web"), True),
)
step(
    "resource_groups.check_existence(rg-missing)",
    lambda: expect(groups.resource_groups.check_existence("rg-missing"), False),
)


def by_group():
    found = list(groups.resources.list_by_resource_group("rg-prod-web"))
    if not found:
        return "no resources listed"
    outside = [r.id for r in found if "/resourcegroups/rg-prod-web/" not in r.id.lower()]
    return expect(outside, [])


step("resources.list_by_resource_group", by_group)
step("resources.list", lambda: expect(len(list(groups.resources.list())) > 0, True))
step(
    "subscription.rename",
    lambda: expect(
        operations.subscription.rename(
            DEV_TEST, SubscriptionName(subscription_name="Contoso DevTest (Python)")
        ).subscription_id,
        DEV_TEST,
    ),
)
step(
    "renamed name read back",
    lambda: expect(subscriptions.subscriptions.get(DEV_TEST).display_name, "Contoso DevTest (Python)"),
)
step("subscription.cancel", lambda: expect(operations.subscription.cancel(PRODUCTION).subscription_id, PRODUCTION))
step("subscription.enable", lambda: expect(operations.subscription.enable(PRODUCTION).subscription_id, PRODUCTION))


def owner_refused():
    owner = ClientSecretCredential(TENANT, "owner", "any", authority=API, **NO_DISCOVERY)
    try:
        SubscriptionOperationsClient(owner, base_url=API).subscription.cancel(PRODUCTION)
    except HttpResponseError as error:
        code = error.error.code if error.error is not None else None
        return expect((error.status_code, code), (403, "AuthorizationFailed"))
    return "the owner's cancel was accepted"


step("owner's subscription.cancel is refused (403 AuthorizationFailed)", owner_refused)


def adfs_authority():
    adfs = ClientSecretCredential("adfs", "reader", "any", authority=API)
    return expect(len(list(SubscriptionClient(adfs, base_url=API).subscriptions.list())), 7)


step("ClientSecretCredential through the AD FS authority", adfs_authority)

sys.exit(1 if failures else 0)
