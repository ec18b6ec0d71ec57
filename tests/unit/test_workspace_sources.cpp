#include "WorkspaceTestSupport.h"
#include "workspace/WorkspaceLoader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::workspace;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;
using wk::testsupport::parse;
using wk::testsupport::parseError;

namespace {

// One dashboard with one panel `p`, after the given `sources:` lines (which start on line 2).
std::string workspaceWith(const std::string& sources, const std::string& panelExtra = "")
{
    return "sources:\n" + sources
        + "dashboards:\n"
          "  - id: main\n"
          "    title: Main\n"
          "    panels:\n"
          "      - {id: p, title: P, expr: up"
        + panelExtra + "}\n";
}

// Lines 2-4; further keys of the source start on line 5, column 5.
std::string prod(const std::string& extra = "")
{
    return "  - name: prod\n"
           "    type: prometheus\n"
           "    url: https://prometheus.example.com/\n"
        + extra;
}

std::string valid(const std::string& extra)
{
    return workspaceWith(prod(extra));
}

using ErrorCase = wk::testsupport::ParseErrorCase;

class SourceErrors : public ::testing::TestWithParam<ErrorCase>
{ };

const std::string secretAdvice
    = "secrets are not read from the workspace file; store it in the keychain or in WATCHKEEPER_SOURCE_PROD_SECRET";

const std::vector<ErrorCase> errorCases{
    // Shapes and keys.
    {"sourcesNotAList", workspaceWith("  name: prod\n"), "test.yaml:2:3: ", {"\"sources\" must be a list"}},
    {"sourceNotAMapping", workspaceWith("  - prod\n"),
        "test.yaml:2:5: ", {"source 1", "each source must be a mapping"}},
    {"typoInSourceKey", valid("    tiemout: 10s\n"),
        "test.yaml:5:5: ", {"source \"prod\"", "unknown key \"tiemout\"", "did you mean \"timeout\""}},
    {"typoInCaFile", valid("    ca-file: /etc/ssl/ca.pem\n"), "test.yaml:5:5: ", {"did you mean \"ca_file\""}},
    {"sourceKeyOnTopLevel", "source:\n  - name: prod\n", "test.yaml:1:1: ", {"did you mean \"sources\""}},
    {"duplicateSourceKey", valid("    url: https://other/\n"), "test.yaml:5:5: ", {"\"url\" is given twice"}},

    // Name.
    {"missingName", workspaceWith("  - type: prometheus\n    url: https://prometheus.example.com/\n"),
        "test.yaml:2:5: ", {"source 1", "missing \"name\""}},
    {"badName", workspaceWith("  - name: my prod\n    type: prometheus\n    url: https://p/\n"),
        "test.yaml:2:11: ", {"source \"my prod\"", "\"name\" may only hold letters, digits", "\"my prod\""}},
    {"duplicateName", workspaceWith(prod() + "  - name: prod\n    type: prometheus\n    url: https://other/\n"),
        "test.yaml:5:11: ", {"source \"prod\"", "name \"prod\" is already used on line 2"}},
    {"namesShareTheSecretVariable",
        workspaceWith("  - {name: prod-eu, type: prometheus, url: 'https://a/'}\n"
                      "  - {name: PROD_EU, type: prometheus, url: 'https://b/'}\n"),
        "test.yaml:3:12: ", {"\"PROD_EU\"", "WATCHKEEPER_SOURCE_PROD_EU_SECRET", "source \"prod-eu\""}},

    // Type.
    {"missingType", workspaceWith("  - name: prod\n    url: https://p/\n"), "test.yaml:2:5: ", {"missing \"type\""}},
    {"unknownType", workspaceWith("  - name: prod\n    type: influxdb\n    url: https://p/\n"),
        "test.yaml:3:11: ", {"source \"prod\": unknown type \"influxdb\" (expected prometheus)"}},
    {"compatibleServerAsType", workspaceWith("  - name: prod\n    type: Mimir\n    url: https://p/\n"),
        "test.yaml:3:11: ", {"unknown type \"Mimir\"", "use prometheus", "Mimir"}},

    // URL.
    {"missingUrl", workspaceWith("  - name: prod\n    type: prometheus\n"), "test.yaml:2:5: ", {"missing \"url\""}},
    {"urlWithoutScheme", workspaceWith("  - {name: prod, type: prometheus, url: 'prometheus.example.com:9090'}\n"),
        "test.yaml:2:41: ", {"\"url\" must start with http:// or https://"}},
    {"urlFtp", workspaceWith("  - {name: prod, type: prometheus, url: 'ftp://p/'}\n"),
        "test.yaml:2:41: ", {"must start with http:// or https://, not \"ftp://\""}},
    {"urlWithoutHost", workspaceWith("  - {name: prod, type: prometheus, url: 'https:///prometheus'}\n"),
        "test.yaml:2:41: ", {"\"url\" has no host name"}},
    {"urlWithSpace", workspaceWith("  - {name: prod, type: prometheus, url: 'https://prom etheus/'}\n"),
        "test.yaml:2:41: ", {"\"url\" is not a valid address"}},
    {"urlBadPort", workspaceWith("  - {name: prod, type: prometheus, url: 'https://p:99999/'}\n"),
        "test.yaml:2:41: ", {"\"url\" is not a valid address"}},
    {"urlWithCredentials", workspaceWith("  - {name: prod, type: prometheus, url: 'https://alice:pw@p/'}\n"),
        "test.yaml:2:41: ", {"must not hold a user name or password", "credentials belong in the keychain"}},
    {"urlWithQuery", workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/?tenant=a'}\n"),
        "test.yaml:2:41: ", {"\"url\" must not have a query string"}},
    {"urlWithFragment", workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/#top'}\n"),
        "test.yaml:2:41: ", {"\"url\" must not have a fragment"}},
    {"urlWithApiPath", workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/prom/api/v1/query'}\n"),
        "test.yaml:2:41: ", {"leave out \"/api/v1"}},

    // Auth.
    {"unknownAuth", valid("    auth: token\n"),
        "test.yaml:5:11: ", {"unknown auth \"token\" (expected none, bearer, basic)"}},
    {"basicWithoutUsername", valid("    auth: basic\n"), "test.yaml:5:11: ", {"auth: basic needs a \"username\""}},
    {"usernameWithoutBasic", valid("    auth: bearer\n    username: alice\n"),
        "test.yaml:6:15: ", {"\"username\" only applies to auth: basic"}},
    {"usernameWithoutAuth", valid("    username: alice\n"),
        "test.yaml:5:15: ", {"\"username\" only applies to auth: basic"}},
    {"emptyUsername", valid("    auth: basic\n    username: ''\n"),
        "test.yaml:6:15: ", {"\"username\" must not be empty"}},
    {"usernameWithPassword", valid("    auth: basic\n    username: 'alice:pw'\n"),
        "test.yaml:6:15: ", {"\"username\" must not contain \":\""}},

    // Secrets, wherever they are in a source.
    {"tokenKey", valid("    token: abc\n"), "test.yaml:5:5: ", {"source \"prod\"", "\"token\"", secretAdvice}},
    {"passwordKey", valid("    password: abc\n"), "test.yaml:5:5: ", {"\"password\"", secretAdvice}},
    {"apiKeyKey", valid("    api_key: abc\n"), "test.yaml:5:5: ", {"\"api_key\"", secretAdvice}},
    {"bearerTokenKey", valid("    bearer_token: abc\n"), "test.yaml:5:5: ", {"\"bearer_token\"", secretAdvice}},
    {"secretKey", valid("    secret: abc\n"), "test.yaml:5:5: ", {"\"secret\"", secretAdvice}},
    {"secretBeforeName", workspaceWith("  - token: abc\n    name: prod-eu\n"),
        "test.yaml:2:5: ", {"source \"prod-eu\"", "WATCHKEEPER_SOURCE_PROD_EU_SECRET"}},
    {"secretWithoutName", workspaceWith("  - {password: abc}\n"),
        "test.yaml:2:6: ", {"source 1", "WATCHKEEPER_SOURCE_<NAME>_SECRET"}},
    {"nestedPassword", valid("    basic_auth:\n      username: alice\n      password: abc\n"),
        "test.yaml:7:7: ", {"\"password\"", secretAdvice}},
    {"secretInHeaderName", valid("    headers:\n      X-Api-Key: abc\n"),
        "test.yaml:6:7: ", {"\"X-Api-Key\"", secretAdvice}},
    {"authorizationHeader", valid("    headers:\n      X-Scope-OrgID: a\n      authorization: Bearer abc\n"),
        "test.yaml:7:7: ", {"\"authorization\"", "Authorization header", "auth: bearer", "keychain"}},
    {"authorizationKey", valid("    Authorization: Basic abc\n"), "test.yaml:5:5: ", {"Authorization header"}},

    // TLS verification stays on.
    {"tlsSkipVerify", valid("    tls_skip_verify: true\n"),
        "test.yaml:5:5: ", {"\"tls_skip_verify\"", "verification is always on and cannot be disabled", "ca_file"}},
    {"insecureSkipVerify", valid("    tls_config:\n      insecure_skip_verify: true\n"),
        "test.yaml:6:7: ", {"\"insecure_skip_verify\"", "cannot be disabled"}},
    {"insecure", valid("    insecure: true\n"), "test.yaml:5:5: ", {"cannot be disabled"}},
    {"caFileRelative", valid("    ca_file: corp-ca.pem\n"),
        "test.yaml:5:14: ", {"\"ca_file\" must be an absolute path", "\"corp-ca.pem\""}},
    {"caFileEmpty", valid("    ca_file:\n"), "test.yaml:5:5: ", {"\"ca_file\" must not be empty"}},

    // Headers.
    {"headersNotAMapping", valid("    headers: [X-Scope-OrgID]\n"),
        "test.yaml:5:14: ", {"\"headers\" must be a mapping of header names to values"}},
    {"headerNameWithSpace", valid("    headers:\n      X Scope: a\n"),
        "test.yaml:6:7: ", {"header name \"X Scope\" is not valid in HTTP"}},
    {"headerNameWithColon", valid("    headers:\n      'X-Scope:': a\n"),
        "test.yaml:6:7: ", {"header name \"X-Scope:\""}},
    {"headerTwiceInAnotherCase", valid("    headers:\n      X-Scope-OrgID: a\n      x-scope-orgid: b\n"),
        "test.yaml:7:7: ", {"header \"x-scope-orgid\" is given twice (first on line 6"}},
    {"headerWithoutValue", valid("    headers:\n      X-Scope-OrgID:\n"),
        "test.yaml:6:7: ", {"\"X-Scope-OrgID\" must not be empty"}},
    {"headerValueIsAList", valid("    headers:\n      X-Scope-OrgID: [a, b]\n"),
        "test.yaml:6:22: ", {"\"X-Scope-OrgID\" must be a single value"}},
    {"headerValueWithNewline", valid("    headers:\n      X-Scope-OrgID: \"a\\nb\"\n"),
        "test.yaml:6:22: ", {"header \"X-Scope-OrgID\" must be plain ASCII text on one line"}},

    // Timeout and default.
    {"timeoutTooShort", valid("    timeout: 0s\n"), "test.yaml:5:14: ", {"\"timeout\" must be between 1s and 5m"}},
    {"timeoutTooLong", valid("    timeout: 6m\n"), "test.yaml:5:14: ", {"between 1s and 5m, not \"6m\""}},
    {"timeoutNotADuration", valid("    timeout: 30\n"), "test.yaml:5:14: ", {"\"timeout\" must be a duration"}},
    {"defaultNotABool", valid("    default: yes\n"), "test.yaml:5:14: ", {"\"default\" must be true or false"}},
    {"twoDefaults",
        workspaceWith(
            prod("    default: true\n") + "  - {name: b, type: prometheus, url: 'https://b/', default: true}\n"),
        "test.yaml:6:61: ", {"source \"b\"", "source \"prod\" on line 5 is already the default"}},

    // Panels pointing at sources.
    {"panelUnknownSource", workspaceWith(prod(), ", source: stage"),
        "test.yaml:9:45: ", {"panel \"p\": unknown source \"stage\" (declared: prod)"}},
    {"panelSourceWithoutSources",
        "dashboards:\n  - id: d\n    title: D\n    panels: [{id: p, title: P, expr: up, source: prod}]\n",
        "test.yaml:4:50: ", {"unknown source \"prod\"", "no sources are declared"}},
    {"panelSourceWithEmptySources",
        "sources: []\ndashboards:\n  - id: d\n    title: D\n    panels:\n      - {id: p, title: P, expr: up, source: "
        "prod}\n",
        "test.yaml:6:45: ", {"no sources are declared"}},
    {"panelEmptySource", workspaceWith(prod(), ", source: ''"), "test.yaml:9:45: ", {"\"source\" must not be empty"}},
    {"panelSourceTypo", workspaceWith(prod(), ", sources: prod"),
        "test.yaml:9:37: ", {"unknown key \"sources\" (did you mean \"source\"?)"}},
};

} // namespace

TEST_P(SourceErrors, SayWhereAndWhat)
{
    wk::testsupport::expectParseError(GetParam());
}

INSTANTIATE_TEST_SUITE_P(
    WorkspaceSources, SourceErrors, ::testing::ValuesIn(errorCases), [](const auto& info) { return info.param.name; });

TEST(WorkspaceSources, TheCaseTemplateIsValid)
{
    const auto result = parse(valid(""));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    ASSERT_EQ(result->sources.size(), 1);
}

TEST(WorkspaceSources, AFullSourceFillsEveryField)
{
    const auto result = parse("name: Mimir\n"
                              "dashboards:\n"
                              "  - id: d\n"
                              "    title: D\n"
                              "    panels: [{id: p, title: P, expr: up, source: mimir}]\n"
                              "sources:\n"
                              "  - name: prod\n"
                              "    type: prometheus\n"
                              "    url: https://prometheus.example.com/\n"
                              "  - name: mimir\n"
                              "    type: prometheus\n"
                              "    url: https://mimir.example.com:8443/prometheus/\n"
                              "    auth: basic\n"
                              "    username: alice\n"
                              "    headers:\n"
                              "      X-Scope-OrgID: team-a\n"
                              "      X-Request-Source: 'watchkeeper on-call'\n"
                              "    ca_file: /etc/ssl/corp-ca.pem\n"
                              "    timeout: 1m30s\n"
                              "    default: true\n");
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    ASSERT_EQ(result->sources.size(), 2);
    const DataSource& mimir = result->sources[1];
    EXPECT_EQ(mimir.name.toStdString(), "mimir");
    EXPECT_EQ(mimir.type.toStdString(), "prometheus");
    EXPECT_EQ(mimir.url, QUrl(u"https://mimir.example.com:8443/prometheus"_s));
    EXPECT_EQ(mimir.url.path().toStdString(), "/prometheus");
    EXPECT_EQ(mimir.auth, SourceAuth::Basic);
    EXPECT_EQ(mimir.username.toStdString(), "alice");
    ASSERT_EQ(mimir.headers.size(), 2);
    EXPECT_EQ(mimir.headers[0].first.toStdString(), "X-Scope-OrgID");
    EXPECT_EQ(mimir.headers[0].second.toStdString(), "team-a");
    EXPECT_EQ(mimir.headers[1].first.toStdString(), "X-Request-Source");
    EXPECT_EQ(mimir.headers[1].second.toStdString(), "watchkeeper on-call");
    EXPECT_EQ(mimir.caFile.toStdString(), "/etc/ssl/corp-ca.pem");
    EXPECT_EQ(mimir.timeoutSeconds, 90);
    EXPECT_TRUE(mimir.isDefault);
    EXPECT_FALSE(result->sources[0].isDefault);
    EXPECT_EQ(result->dashboards[0].panels[0].source.toStdString(), "mimir");
}

TEST(WorkspaceSources, AMinimalSourceGetsTheDefaults)
{
    const auto result = parse(valid(""));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    const DataSource& source = result->sources[0];
    EXPECT_EQ(source.name.toStdString(), "prod");
    EXPECT_EQ(source.type.toStdString(), "prometheus");
    EXPECT_EQ(source.url, QUrl(u"https://prometheus.example.com"_s));
    EXPECT_EQ(source.auth, SourceAuth::None);
    EXPECT_TRUE(source.username.isEmpty());
    EXPECT_TRUE(source.headers.isEmpty());
    EXPECT_TRUE(source.caFile.isEmpty());
    EXPECT_EQ(source.timeoutSeconds, 30);
    EXPECT_TRUE(source.isDefault); // the only, so the first
    EXPECT_TRUE(result->dashboards[0].panels[0].source.isEmpty());
}

TEST(WorkspaceSources, ExplicitNoneAndBearerAuth)
{
    const auto result = parse(workspaceWith("  - {name: a, type: prometheus, url: 'https://a/', auth: none}\n"
                                            "  - {name: b, type: prometheus, url: 'https://b/', auth: bearer}\n"));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->sources[0].auth, SourceAuth::None);
    EXPECT_EQ(result->sources[1].auth, SourceAuth::Bearer);
}

TEST(WorkspaceSources, AddressesAreNormalized)
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {"http://localhost:9090", "http://localhost:9090"},
        {"https://prometheus.example.com/", "https://prometheus.example.com"},
        {"HTTPS://Thanos.Example.com/query//", "https://thanos.example.com/query"},
        {"https://[::1]:9090/", "https://[::1]:9090"},
        {"https://host/select/0/prometheus/", "https://host/select/0/prometheus"},
    };
    for (const auto& [written, expected] : cases) {
        const auto result = parse(workspaceWith("  - {name: a, type: prometheus, url: '" + written + "'}\n"));
        ASSERT_TRUE(result.has_value()) << written << ": " << result.error().detail.toStdString();
        EXPECT_EQ(result->sources[0].url.toString().toStdString(), expected);
    }
}

TEST(WorkspaceSources, NoSourcesMeansTheDemoFleet)
{
    for (const std::string& yaml : {workspaceWith(""), std::string("sources: []\n") + workspaceWith("").substr(9)}) {
        const auto result = parse(yaml);
        ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
        EXPECT_TRUE(result->sources.isEmpty());
        EXPECT_EQ(result->defaultSource(), nullptr);
        EXPECT_EQ(result->sourceFor(result->dashboards[0].panels[0]), nullptr);
    }
    EXPECT_TRUE(defaultWorkspace().sources.isEmpty());
}

TEST(WorkspaceSources, PanelsResolveExplicitlyOrToTheMarkedDefault)
{
    const auto result = parse(workspaceWith("  - {name: a, type: prometheus, url: 'https://a/'}\n"
                                            "  - {name: b, type: prometheus, url: 'https://b/', default: true}\n"
                                            "  - {name: c, type: prometheus, url: 'https://c/', default: false}\n",
        ", source: c}\n      - {id: q, title: Q, expr: up"));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    const Workspace& workspace = *result;
    ASSERT_NE(workspace.defaultSource(), nullptr);
    EXPECT_EQ(workspace.defaultSource()->name.toStdString(), "b");
    EXPECT_FALSE(workspace.sources[0].isDefault);
    EXPECT_TRUE(workspace.sources[1].isDefault);
    EXPECT_FALSE(workspace.sources[2].isDefault);

    const Panel& explicitPanel = workspace.dashboards[0].panels[0];
    const Panel& defaultPanel = workspace.dashboards[0].panels[1];
    ASSERT_NE(workspace.sourceFor(explicitPanel), nullptr);
    EXPECT_EQ(workspace.sourceFor(explicitPanel)->name.toStdString(), "c");
    EXPECT_EQ(workspace.sourceFor(defaultPanel), workspace.defaultSource());
}

TEST(WorkspaceSources, WithoutAMarkTheFirstSourceIsTheDefault)
{
    const auto result = parse(workspaceWith("  - {name: a, type: prometheus, url: 'https://a/'}\n"
                                            "  - {name: b, type: prometheus, url: 'https://b/'}\n"));
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_TRUE(result->sources[0].isDefault);
    EXPECT_FALSE(result->sources[1].isDefault);
    EXPECT_EQ(result->sourceFor(result->dashboards[0].panels[0])->name.toStdString(), "a");
}

TEST(WorkspaceSources, ResolutionOnAHandBuiltWorkspace)
{
    Workspace workspace;
    DataSource a;
    a.name = u"a"_s;
    DataSource b;
    b.name = u"b"_s;
    workspace.sources = {a, b};
    Panel panel;
    EXPECT_EQ(workspace.sourceFor(panel)->name.toStdString(), "a"); // none marked: the first
    workspace.sources[1].isDefault = true;
    EXPECT_EQ(workspace.sourceFor(panel)->name.toStdString(), "b");
    panel.source = u"a"_s;
    EXPECT_EQ(workspace.sourceFor(panel)->name.toStdString(), "a");
    panel.source = u"gone"_s; // never another server in its place
    EXPECT_EQ(workspace.sourceFor(panel), nullptr);
}

TEST(WorkspaceSources, SecretsLiveInTheKeychainOrTheEnvironment)
{
    DataSource source;
    source.name = u"prod"_s;
    EXPECT_EQ(secretKeyFor(source).toStdString(), "source/prod");
    EXPECT_EQ(secretEnvVarFor(source).toStdString(), "WATCHKEEPER_SOURCE_PROD_SECRET");
    source.name = u"team-a_eu2"_s;
    EXPECT_EQ(secretKeyFor(source).toStdString(), "source/team-a_eu2");
    EXPECT_EQ(secretEnvVarFor(source).toStdString(), "WATCHKEEPER_SOURCE_TEAM_A_EU2_SECRET");
}

TEST(WorkspaceSources, MessagesNeverRepeatASecret)
{
    const std::vector<std::string> leaks{
        workspaceWith("  - {name: prod, type: prometheus, url: 'https://alice:hunter2@p/'}\n"),
        workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/api/v1/query?token=hunter2'}\n"),
        workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/?token=hunter2'}\n"),
        workspaceWith("  - {name: prod, type: prometheus, url: 'hunter2@p'}\n"),
        workspaceWith("  - {name: prod, type: prometheus, url: 'https://p/#hunter2'}\n"),
        valid("    token: hunter2\n"),
        valid("    auth: basic\n    username: 'alice:hunter2'\n"),
        valid("    headers:\n      Authorization: Bearer hunter2\n"),
        valid("    headers:\n      Private-Token: hunter2\n"),
    };
    for (const std::string& yaml : leaks) {
        const std::string message = parseError(yaml);
        EXPECT_THAT(message, StartsWith("test.yaml:")) << yaml;
        EXPECT_THAT(message, Not(HasSubstr("hunter2"))) << yaml;
    }
}

TEST(WorkspaceSources, KeyOrderDoesNotMatter)
{
    // Sources come after the panels that use them.
    const auto result = parse("dashboards:\n"
                              "  - id: d\n"
                              "    title: D\n"
                              "    panels: [{id: p, title: P, expr: up, source: prod}]\n"
                              "sources:\n"
        + prod());
    ASSERT_TRUE(result.has_value()) << result.error().detail.toStdString();
    EXPECT_EQ(result->sourceFor(result->dashboards[0].panels[0])->name.toStdString(), "prod");
}
