import type { Guide } from "@/lib/guides/types";
import { factNote } from "@/lib/guides/fact-note";
import { AppPermissionsDrawing } from "@/content/guides/api-overview/drawings/app-permissions";
import { ConnectedAppsDrawing } from "@/content/guides/api-overview/drawings/connected-apps";
import { EndpointGroupsDrawing } from "@/content/guides/api-overview/drawings/endpoint-groups";
import { ApisAndEndpointsDrawing } from "@/content/guides/api-overview/drawings/endpoints";
import { PoliciesDrawing } from "@/content/guides/api-overview/drawings/policies";
import { PublicAndPrivateDrawing } from "@/content/guides/api-overview/drawings/public-and-private";

const CHANGED = "2026-12-07";

export const apiOverviewGuide: Guide = {
  slug: "api-overview",
  era: "earlier-portal",
  title: "What the Twitter APIs offer",
  summary:
    "APIs and endpoints in plain terms, public versus permission-only data, how Apps and user permissions work, the five groups of endpoints with real uses, and the policies that apply to all of them.",
  minutes: 12,
  seeds: ["003_106b4e5ff7e4b7e5.txt"],
  reviewed: CHANGED,
  steps: [
    {
      id: "apis-and-endpoints",
      title: "Know what an API and an endpoint are",
      body: [
        "Twitter is where people follow what's happening in the world and talk about it as it happens, on the web or in the mobile apps. To carry that conversation as far as it can, Twitter also lets companies, developers and ordinary users reach its data from their own programs, through **APIs** (application programming interfaces).",
        "An API is the agreed way for one program to ask another for information and receive it. The asking happens at **endpoints**: each endpoint is an address that stands for one particular kind of information, and, a bit like a phone number, no two are the same.",
        "Twitter opens parts of its service like this so that people can write software that works together with it — for instance, a tool that helps a company pick up and answer what customers say about it on Twitter.",
      ],
      instructions: [
        "In a request, find the host, `api.twitter.com`: that's the address of the API as a whole.",
        "Find the path after it: that's the endpoint, which names the one kind of information you're asking for.",
        "Open an endpoint's **Reference** page to see what it returns and what access it needs.",
      ],
      screenshot: {
        alt: "The API reference page of the developer docs: a request split into its host and path, with callout 1 under the highlighted host api.twitter.com, callout 2 under the highlighted endpoint path, and callout 3 at the Reference link of an endpoint in the list below.",
        Drawing: ApisAndEndpointsDrawing,
      },
      changeNote: factNote(["apiHost"], "The seed's `api.twitter.com` is the earlier host; the idea of a host plus an endpoint path is unchanged."),
    },
    {
      id: "public-and-non-public-data",
      title: "Tell public data from non-public data",
      body: [
        "What sets Twitter's data apart from most other social platforms is that it's mostly information people **chose to make public**. The API platform gives broad access to that public data: profiles, Tweets and replies that users have shared with the world.",
        "Some APIs go further and let people manage their own **non-public** information — Direct Messages are the main example — and pass it on to a developer, but only to a developer they have authorised to receive it.",
        "Before you design anything, sort what your App needs into those two piles. Public data is the simpler case; non-public data brings extra permissions and extra responsibility.",
      ],
      instructions: [
        "List the public data your idea needs: profiles, Tweets and replies that people chose to share with everyone.",
        "Mark anything non-public, such as Direct Messages: your App will only get it from users who authorise it.",
      ],
      screenshot: {
        alt: "A Twitter profile with public Tweets on the left and a private Direct Message conversation on the right: callout 1 at the “Public: anyone can see” badge on the profile, callout 2 at the “Non-public” badge on the Messages panel.",
        Drawing: PublicAndPrivateDrawing,
      },
    },
    {
      id: "register-app-and-permissions",
      title: "Register an App and check which permissions it asks for",
      body: [
        "To use the APIs at all you have to **register an application** — in the developer portal, that's an App inside a Project. The get-access and create-app-and-keys guides walk through it.",
        "A newly registered App can only reach **public information**. Endpoints that touch non-public data, such as sending or receiving Direct Messages, need **extra permissions**.",
        "Those permissions are **never granted by default**. Your App can ask for them, but each person decides, one application at a time, whether to give that App access to their information.",
      ],
      instructions: [
        "Open your App under **Projects & Apps** (register one first if you haven't yet).",
        "Under **User authentication settings → App permissions**, start from **Read**, the smallest choice.",
        "Choose **Read and write and Direct message** only if the App really needs Direct Messages.",
        "Click **Save**.",
      ],
      screenshot: {
        alt: "An App's User authentication settings in the developer portal: callout 1 at the App in the left menu, callout 2 beside the default Read permission, callout 3 next to the highlighted “Read and write and Direct message” option, callout 4 at the Save button.",
        Drawing: AppPermissionsDrawing,
      },
      changeNote: factNote(["newApp", "permissionLevels", "permissionChangeNeedsNewTokens"], "Apps are registered in the Developer Console today, and user authentication is in each App's settings."),
    },
    {
      id: "users-control-access",
      title: "See how users grant and withdraw access",
      body: [
        "Because permissions are given per application, people stay in control. Every Twitter user can see all the applications they have authorised on their account and take access away from any of them.",
        "Look at this from the user's side on your own account: it shows you exactly what people see when they review your App, and it's a reminder to build your App so it copes when someone withdraws access.",
      ],
      instructions: [
        "On your own account, open **Settings → Security and account access → Apps and sessions → Connected apps**.",
        "Pick an app to see which permissions you gave it.",
        "Click **Revoke app permissions** to take them back — your users can do the same to your App at any time.",
      ],
      screenshot: {
        alt: "A user's Connected apps settings page: callout 1 at Security and account access in the settings menu, callout 2 at the selected app in the list, callout 3 at the Revoke app permissions button under the app's permissions.",
        Drawing: ConnectedAppsDrawing,
      },
      changeNote: factNote(["connectedApps"], "After the rename this page is on `x.com`; the menu wording may differ slightly in the current app."),
    },
    {
      id: "choose-endpoint-groups",
      title: "Decide which endpoint groups you need",
      body: [
        "The Twitter APIs have many endpoints, and they fall into **five main groups**. Knowing which groups your idea touches tells you which docs to read and which permissions and access you'll need.",
        "**Accounts and users.** Manage an account's profile and settings, mute or block users, manage users and followers, and get information about what an authorised account has been doing. Public services use these: the Commonwealth of Virginia's Department of Emergency Management, for example, keeps residents informed about emergency responses and alerts.",
        "**Tweets and replies.** Public Tweets and replies are open to developers, and you can post Tweets through the API too. You find Tweets either by searching for keywords or by asking for a sample of Tweets from particular accounts. Non-profits such as the UN use this to find, understand and answer misinformation about public-health work: in Indonesia, a Muslim-majority country, rumours said vaccines contained pork or caused infertility, and tracing how those rumours started and spread let the UN send people to counter them. Researchers also listen for early signs of disease outbreaks and follow how they spread; a Northeastern University team built a flu-tracking method on Twitter data that forecasts outbreaks **up to six weeks ahead**, earlier than many other models and just as accurate.",
        "**Direct Messages.** These endpoints only reach the conversations of users who have **explicitly given that specific App permission**, and Twitter does not sell Direct Messages. Access is deliberately limited, aimed at personalised experiences on Twitter such as Wendy's March Madness bracket builder. On accounts they own or manage, businesses can run conversations staffed by people or by chatbots, for customer service, marketing and brand engagement.",
        "**Ads.** A set of APIs that lets developers — Sprinklr is one — help businesses create and manage ad campaigns on Twitter automatically. Developers can use public Tweets to spot topics and interests, and give businesses tools to run campaigns that reach Twitter's many different audiences. The Ads API needs its own access; see the Ads API guide.",
        "**Publisher tools and SDKs.** Tools for developers and publishers to put Twitter timelines, share buttons and other Twitter content on web pages, so brands can show live public conversations on their own sites and make it easy for visitors to share their articles and information.",
      ],
      instructions: [
        "Managing profiles, settings, follows, mutes or blocks? You need **Accounts and users**.",
        "Searching for, sampling or posting Tweets? You need **Tweets and replies**.",
        "Talking with customers in private? You need **Direct Messages**, and each user's explicit permission.",
        "Running ad campaigns for businesses? You need **Ads**, which has its own access request.",
        "Showing Twitter content on a website? You need **Publisher tools and SDKs**.",
      ],
      facts: [
        { label: "Accounts and users", value: "Profiles, settings, mutes and blocks, followers, account activity" },
        { label: "Tweets and replies", value: "Read public Tweets and replies, search by keyword, sample from accounts, post Tweets" },
        { label: "Direct Messages", value: "Conversations of users who explicitly allowed your App; never sold" },
        { label: "Ads", value: "Create and manage ad campaigns for businesses" },
        { label: "Publisher tools and SDKs", value: "Embedded timelines, share buttons and other content on web pages" },
        { label: "Flu-tracking example", value: "Forecasts outbreaks up to 6 weeks ahead" },
      ],
      screenshot: {
        alt: "The docs overview with one card per endpoint group and a use for each: callouts 1 to 5 at the top right of the Accounts and users, Tweets and replies, Direct Messages, Ads, and Publisher tools and SDKs cards. A sixth card, added by Perch, shows today's access: pay-per-use since February 2026, with credits from the Developer Console charged per resource read or per write, and the Free, Basic, Pro and Enterprise tiers marked legacy.",
        Drawing: EndpointGroupsDrawing,
      },
      changeNote: factNote(["payPerUse", "readsPerResource", "legacyPlans", "adsAccessForm"], "Today's docs group endpoints by resource (posts, users, Direct Messages, lists, spaces and more) rather than these five headings, and no tier decides which groups you may call. The picture's last card shows today's access."),
    },
    {
      id: "policies-and-learn-more",
      title: "Follow the policies, and know where to learn more",
      body: [
        "Whichever API or data product you use, Twitter treats protecting its users' data as its responsibility. It keeps strict policies and processes for checking how developers use Twitter data, and it restricts improper use.",
        "When Twitter finds that a developer has broken its policies, it acts, and that can go as far as **suspending or terminating** the developer's access to the APIs and data products.",
        "For the details of each endpoint, read the developer documentation. The developer site, `developer.twitter.com`, also holds the developer policies and agreements you accept, and `gdpr.twitter.com` explains how Twitter handles the GDPR.",
      ],
      instructions: [
        "Read the **Developer Agreement** and **Developer Policy** before you build.",
        "Keep in mind what breaking them costs: suspension or termination of your access.",
        "Use the **documentation** for the specifics of every endpoint you plan to call.",
        "If you handle data about people in the EU, read how Twitter approaches the GDPR at `gdpr.twitter.com`.",
      ],
      facts: [{ label: "Possible enforcement", value: "Suspension or termination of access to the APIs and data products" }],
      screenshot: {
        alt: "The developer site's policies page: callout 1 beside the Developer Agreement and Developer Policy rows, callout 2 at the Enforcement panel showing a suspended and a terminated App, callout 3 at the documentation link, callout 4 at the gdpr.twitter.com link.",
        Drawing: PoliciesDrawing,
      },
      changeNote: factNote(["developerAgreement"], "The developer terms and the documentation live on X's developer sites today; old twitter.com links generally forward there."),
    },
  ],
};
