#include "WorkspaceTestSupport.h"
#include "workspace/BaseUrl.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;
using namespace wk::workspace;
using ::testing::HasSubstr;
using ::testing::Not;
using wk::testsupport::parse;
using wk::testsupport::parseError;

namespace {

// The `alerts:` lines given start on line 2, then one dashboard with one panel.
std::string withAlerts(const std::string& alerts)
{
    return "alerts:\n" + alerts
        + "dashboards:\n"
          "  - id: main\n"
          "    title: Main\n"
          "    panels:\n"
          "      - {id: p, title: P, expr: up}\n";
}

// Line 2; further keys start on line 3, column 3.
std::string opsgenie(const std::string& extra = "")
{
    return withAlerts("  backend: opsgenie\n" + extra);
}

// Lines 2-4; further keys start on line 5, column 3.
std::string jsm(const std::string& extra = "")
{
    return withAlerts("  backend: jsm\n"
                      "  cloud_id: 0b1c2d3e-4f56\n"
                      "  email: oncall@example.com\n"
        + extra);
}

const std::string opsgenieAdvice
    = "store it in the keychain under \"alerts/opsgenie\" or in WATCHKEEPER_OPSGENIE_API_KEY";
const std::string jsmAdvice = "store it in the keychain under \"alerts/jsm\" or in WATCHKEEPER_JSM_API_TOKEN";

using ErrorCase = wk::testsupport::ParseErrorCase;

class AlertServiceErrors : public ::testing::TestWithParam<ErrorCase>
{ };

const std::vector<ErrorCase> errorCases{
    // Shape, keys and backend.
    {"notAMapping", "alerts: opsgenie\n" + withAlerts("").substr(8),
        "test.yaml:1:9: ", {"alerts: \"alerts\" must be a mapping"}},
    {"topLevelTypo", "alert:\n  backend: opsgenie\n", "test.yaml:1:1: ", {"did you mean \"alerts\""}},
    {"missingBackend", withAlerts("  region: eu\n"), "test.yaml:2:3: ", {"alerts: missing \"backend\""}},
    {"unknownBackend", withAlerts("  backend: pagerduty\n"),
        "test.yaml:2:12: ", {"alerts: unknown backend \"pagerduty\" (expected opsgenie, jsm)"}},
    {"emptyBackend", withAlerts("  backend:\n"), "test.yaml:2:3: ", {"\"backend\" has no value"}},
    {"keyTypo", opsgenie("  regoin: eu\n"), "test.yaml:3:3: ", {"unknown key \"regoin\" (did you mean \"region\"?)"}},
    {"keyTwice", opsgenie("  user: a\n  user: b\n"), "test.yaml:4:3: ", {"\"user\" is given twice (first on line 3)"}},

    // Host.
    {"unknownRegion", opsgenie("  region: asia\n"), "test.yaml:3:11: ", {"unknown region \"asia\" (expected us, eu)"}},
    {"regionWithJsm", jsm("  region: eu\n"), "test.yaml:5:11: ", {"\"region\" only applies to backend: opsgenie"}},
    {"regionAndApiUrl", opsgenie("  region: eu\n  api_url: https://proxy.example.com\n"),
        "test.yaml:4:12: ", {"give \"region\" or \"api_url\", not both"}},
    {"apiUrlHttpToAnotherHost", opsgenie("  api_url: http://opsgenie-proxy.example.com\n"), "test.yaml:3:12: ",
        {"\"api_url\" must use https:// for opsgenie-proxy.example.com", "only allowed to this machine"}},
    {"apiUrlHttpToPrivateAddress", opsgenie("  api_url: http://10.0.0.5:8080\n"),
        "test.yaml:3:12: ", {"must use https:// for 10.0.0.5"}},
    {"apiUrlWithoutScheme", opsgenie("  api_url: api.eu.opsgenie.com\n"),
        "test.yaml:3:12: ", {"\"api_url\" must start with http:// or https://"}},
    {"apiUrlFtp", opsgenie("  api_url: ftp://files.example.com\n"),
        "test.yaml:3:12: ", {"must start with http:// or https://, not \"ftp://\""}},
    {"apiUrlWithCredentials", opsgenie("  api_url: https://me:hunter2@proxy.example.com\n"),
        "test.yaml:3:12: ", {"\"api_url\" must not hold a user name or password", "keychain"}},
    {"apiUrlWithQuery", opsgenie("  api_url: 'https://proxy.example.com/?apiKey=1'\n"),
        "test.yaml:3:12: ", {"\"api_url\" must not have a query string"}},
    {"apiUrlWithFragment", opsgenie("  api_url: 'https://proxy.example.com/#x'\n"),
        "test.yaml:3:12: ", {"\"api_url\" must not have a fragment"}},
    {"apiUrlWithApiPath", opsgenie("  api_url: https://api.opsgenie.com/v2/alerts\n"),
        "test.yaml:3:12: ", {"leave out the API path", "/v2"}},
    {"apiUrlEmpty", opsgenie("  api_url: ''\n"), "test.yaml:3:12: ", {"\"api_url\" must not be empty"}},

    // JSM's account.
    {"jsmWithoutCloudId", withAlerts("  backend: jsm\n  email: oncall@example.com\n"),
        "test.yaml:2:12: ", {"backend: jsm needs \"cloud_id\"", "tenant_info"}},
    {"jsmWithoutEmail", withAlerts("  backend: jsm\n  cloud_id: abc\n"),
        "test.yaml:2:12: ", {"backend: jsm needs \"email\""}},
    {"jsmBadEmail", withAlerts("  backend: jsm\n  cloud_id: abc\n  email: oncall\n"),
        "test.yaml:4:10: ", {"\"email\" must be an address such as oncall@example.com, not \"oncall\""}},
    {"jsmBadCloudId", withAlerts("  backend: jsm\n  cloud_id: 'a/b'\n  email: a@b.c\n"),
        "test.yaml:3:13: ", {"\"cloud_id\" is a site's id", "\"a/b\""}},
    {"cloudIdWithOpsgenie", opsgenie("  cloud_id: abc\n"),
        "test.yaml:3:13: ", {"\"cloud_id\" only applies to backend: jsm"}},
    {"emailWithOpsgenie", opsgenie("  email: a@b.c\n"), "test.yaml:3:10: ", {"\"email\" only applies to backend: jsm"}},

    // Queries, schedules and the rest.
    {"emptyUser", opsgenie("  user: ''\n"), "test.yaml:3:9: ", {"\"user\" must not be empty"}},
    {"emptyQuery", opsgenie("  query:\n"), "test.yaml:3:3: ", {"\"query\" must not be empty"}},
    {"savedQueriesNotAMapping", opsgenie("  saved_queries: [a, b]\n"),
        "test.yaml:3:18: ", {"\"saved_queries\" must be a mapping of names to text"}},
    {"savedQueryNameWithSpace", opsgenie("  saved_queries:\n    p1 open: 'status:open'\n"),
        "test.yaml:4:5: ", {"name \"p1 open\" in \"saved_queries\" may only hold letters, digits"}},
    {"savedQueryEmpty", opsgenie("  saved_queries:\n    p1:\n"), "test.yaml:4:5: ", {"\"p1\" must not be empty"}},
    {"savedQueryTwice", opsgenie("  saved_queries:\n    p1: 'priority:P1'\n    p1: 'priority:P2'\n"),
        "test.yaml:5:5: ", {"\"p1\" is given twice in \"saved_queries\" (first on line 4)"}},
    {"savedQueryIsAList", opsgenie("  saved_queries:\n    p1: [a]\n"),
        "test.yaml:4:9: ", {"\"p1\" must be a single value"}},
    {"schedulesNotAMapping", opsgenie("  schedules: ml-platform\n"),
        "test.yaml:3:14: ", {"\"schedules\" must be a mapping of names to text"}},
    {"caFileRelative", opsgenie("  ca_file: corp-ca.pem\n"),
        "test.yaml:3:12: ", {"\"ca_file\" must be an absolute path", "\"corp-ca.pem\""}},
    {"timeoutTooLong", opsgenie("  timeout: 6m\n"), "test.yaml:3:12: ", {"\"timeout\" must be between 1s and 5m"}},
    {"timeoutNotADuration", opsgenie("  timeout: 30\n"), "test.yaml:3:12: ", {"\"timeout\" must be a duration"}},
    {"refreshTooShort", opsgenie("  refresh: 5s\n"),
        "test.yaml:3:12: ", {"\"refresh\" must be between 10s and 1h, not \"5s\""}},
    {"heartbeatsNotABool", opsgenie("  heartbeats: yes\n"),
        "test.yaml:3:15: ", {"\"heartbeats\" must be true or false"}},

    // Secrets, wherever they are in the section, named for the backend.
    {"apiKey", opsgenie("  api_key: s3cr3t-value\n"),
        "test.yaml:3:3: ", {"\"api_key\" looks like a secret", opsgenieAdvice}},
    {"apiKeyCamelCase", opsgenie("  apiKey: s3cr3t-value\n"), "test.yaml:3:3: ", {"\"apiKey\"", opsgenieAdvice}},
    {"jsmToken", jsm("  api_token: s3cr3t-value\n"),
        "test.yaml:5:3: ", {"\"api_token\" looks like a secret", jsmAdvice}},
    {"password", jsm("  password: s3cr3t-value\n"), "test.yaml:5:3: ", {"\"password\"", jsmAdvice}},
    {"secretBeforeBackend", withAlerts("  token: s3cr3t-value\n  backend: jsm\n"),
        "test.yaml:2:3: ", {"\"token\"", jsmAdvice}},
    {"secretWithoutBackend", withAlerts("  secret: s3cr3t-value\n"),
        "test.yaml:2:3: ", {"\"secret\"", "WATCHKEEPER_OPSGENIE_API_KEY or WATCHKEEPER_JSM_API_TOKEN"}},
    {"nestedSecret", opsgenie("  schedules:\n    credentials: s3cr3t-value\n"),
        "test.yaml:4:5: ", {"\"credentials\" looks like a secret", opsgenieAdvice}},
    {"authorization", opsgenie("  Authorization: GenieKey s3cr3t-value\n"),
        "test.yaml:3:3: ", {"an Authorization header is not read", "the Opsgenie API key goes in the keychain"}},

    // TLS verification stays on.
    {"tlsSkipVerify", opsgenie("  tls_skip_verify: true\n"),
        "test.yaml:3:3: ", {"\"tls_skip_verify\"", "verification is always on and cannot be disabled", "ca_file"}},
    {"insecure", jsm("  insecure: true\n"), "test.yaml:5:3: ", {"cannot be disabled"}},
};

} // namespace

TEST_P(AlertServiceErrors, SayWhereAndWhat)
{
    const std::string error = wk::testsupport::expectParseError(GetParam());
    EXPECT_THAT(error, Not(HasSubstr("s3cr3t-value"))) << "a secret value was repeated";
    EXPECT_THAT(error, Not(HasSubstr("hunter2"))) << "a password was repeated";
}

INSTANTIATE_TEST_SUITE_P(AlertServiceReader, AlertServiceErrors, ::testing::ValuesIn(errorCases),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return info.param.name; });

TEST(AlertServiceReader, NoSectionMeansAutomatic)
{
    const auto parsed = parse(withAlerts("").substr(8));
    ASSERT_TRUE(parsed) << parsed.error().detail.toStdString();
    EXPECT_EQ(parsed->alerts.kind, AlertServiceKind::Automatic);

    const auto empty = parse(withAlerts("  # backend: opsgenie\n"));
    ASSERT_TRUE(empty) << empty.error().detail.toStdString();
    EXPECT_EQ(empty->alerts.kind, AlertServiceKind::Automatic);
}

TEST(AlertServiceReader, ReadsAFullOpsgenieSection)
{
    const auto parsed = parse(withAlerts("  backend: opsgenie\n"
                                         "  region: eu\n"
                                         "  user: ada\n"
                                         "  query: 'status:open AND teams:ml-platform'\n"
                                         "  saved_queries:\n"
                                         "    p1: 'status:open AND priority:P1'\n"
                                         "    fraud: 'status:open AND tag:fraud-scorer'\n"
                                         "  schedules:\n"
                                         "    ml-platform: ML Platform on call\n"
                                         "    payments-ml: payments_schedule\n"
                                         "  ca_file: /etc/ssl/corp-ca.pem\n"
                                         "  timeout: 45s\n"
                                         "  refresh: 1m\n"
                                         "  heartbeats: false\n"));
    ASSERT_TRUE(parsed) << parsed.error().detail.toStdString();
    const AlertService& a = parsed->alerts;
    EXPECT_EQ(a.kind, AlertServiceKind::Opsgenie);
    EXPECT_TRUE(a.eu);
    EXPECT_TRUE(a.apiUrl.isEmpty());
    EXPECT_EQ(a.user, u"ada"_s);
    EXPECT_EQ(a.query, u"status:open AND teams:ml-platform"_s);
    ASSERT_EQ(a.savedQueries.size(), 2);
    EXPECT_EQ(a.savedQueries[0], std::make_pair(u"p1"_s, u"status:open AND priority:P1"_s));
    EXPECT_EQ(a.savedQueries[1], std::make_pair(u"fraud"_s, u"status:open AND tag:fraud-scorer"_s));
    EXPECT_EQ(a.schedules.size(), 2);
    EXPECT_EQ(a.schedules.value(u"ml-platform"_s), u"ML Platform on call"_s);
    EXPECT_EQ(a.schedules.value(u"payments-ml"_s), u"payments_schedule"_s);
    EXPECT_EQ(a.caFile, u"/etc/ssl/corp-ca.pem"_s);
    EXPECT_EQ(a.timeoutSeconds, 45);
    EXPECT_EQ(a.refreshSeconds, 60);
    EXPECT_FALSE(a.heartbeats);
}

TEST(AlertServiceReader, DefaultsForAMinimalSection)
{
    const auto parsed = parse(opsgenie());
    ASSERT_TRUE(parsed) << parsed.error().detail.toStdString();
    const AlertService& a = parsed->alerts;
    EXPECT_EQ(a.kind, AlertServiceKind::Opsgenie);
    EXPECT_FALSE(a.eu);
    EXPECT_TRUE(a.user.isEmpty());
    EXPECT_TRUE(a.query.isEmpty());
    EXPECT_TRUE(a.savedQueries.isEmpty());
    EXPECT_EQ(a.timeoutSeconds, 30);
    EXPECT_EQ(a.refreshSeconds, 0);
    EXPECT_TRUE(a.heartbeats);
}

TEST(AlertServiceReader, ReadsAJsmSectionWithALocalApiUrl)
{
    const auto parsed = parse(jsm("  api_url: http://127.0.0.1:8080/\n"));
    ASSERT_TRUE(parsed) << parsed.error().detail.toStdString();
    const AlertService& a = parsed->alerts;
    EXPECT_EQ(a.kind, AlertServiceKind::Jsm);
    EXPECT_EQ(a.cloudId, u"0b1c2d3e-4f56"_s);
    EXPECT_EQ(a.email, u"oncall@example.com"_s);
    EXPECT_EQ(a.apiUrl.toString(), u"http://127.0.0.1:8080"_s);
}

TEST(AlertServiceReader, PlainHttpOnlyToThisMachine)
{
    for (const char* url : {"http://localhost:9000", "http://127.0.0.1", "http://127.0.0.2:81", "'http://[::1]:9000'",
             "https://opsgenie-proxy.example.com/prefix/", "https://10.0.0.5"}) {
        const auto parsed = parse(opsgenie(std::string("  api_url: ") + url + "\n"));
        EXPECT_TRUE(parsed) << url << ": " << parsed.error().detail.toStdString();
    }
    EXPECT_THAT(parseError(opsgenie("  api_url: http://localhost.example.com\n")), HasSubstr("must use https://"));
    EXPECT_THAT(parseError(opsgenie("  api_url: 'http://[2001:db8::1]'\n")), HasSubstr("must use https://"));
}

TEST(AlertServiceReader, ApiUrlForTheCommandLineFollowsTheSameRules)
{
    EXPECT_EQ(parseAlertApiUrl(u"https://api.eu.opsgenie.com/"_s).value().toString(), u"https://api.eu.opsgenie.com"_s);
    EXPECT_FALSE(parseAlertApiUrl(u"http://api.opsgenie.com"_s));
    EXPECT_THAT(
        parseAlertApiUrl(u"https://k:hunter2@x.example.com"_s).error().toStdString(), Not(HasSubstr("hunter2")));
}
