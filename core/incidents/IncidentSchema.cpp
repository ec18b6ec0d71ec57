// The incident store's schema, kept apart so that its history reads as a list. Never edit a shipped version:
// add the next one (tests/unit/test_incident_store.cpp holds a frozen copy of every shipped version).
#include "incidents/IncidentStore.h"

using namespace Qt::StringLiterals;

namespace wk::incidents {

store::Schema IncidentStore::schema()
{
    const store::Migration v1{
        .version = 1,
        .statements = {
            u"CREATE TABLE incidents ("
            "id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "title TEXT NOT NULL, "
            "status TEXT NOT NULL, "
            "severity TEXT NOT NULL, "
            "created_at TEXT NOT NULL, "
            "updated_at TEXT NOT NULL, "
            "last_seq INTEGER NOT NULL DEFAULT 0)"_s,
            u"CREATE INDEX incidents_status ON incidents (status, created_at)"_s,
            u"CREATE TABLE incident_roles ("
            "incident_id INTEGER NOT NULL REFERENCES incidents (id), "
            "role TEXT NOT NULL, "
            "person TEXT NOT NULL, "
            "PRIMARY KEY (incident_id, role)) WITHOUT ROWID"_s,
            u"CREATE TABLE incident_alerts ("
            "incident_id INTEGER NOT NULL REFERENCES incidents (id), "
            "alert_id TEXT NOT NULL, "
            "tiny_id TEXT, "
            "position INTEGER NOT NULL, "
            "PRIMARY KEY (incident_id, alert_id)) WITHOUT ROWID"_s,
            u"CREATE INDEX incident_alerts_alert ON incident_alerts (alert_id)"_s,
            u"CREATE TABLE incident_services ("
            "incident_id INTEGER NOT NULL REFERENCES incidents (id), "
            "service TEXT NOT NULL, "
            "PRIMARY KEY (incident_id, service)) WITHOUT ROWID"_s,
            u"CREATE TABLE timeline_events ("
            "incident_id INTEGER NOT NULL REFERENCES incidents (id), "
            "seq INTEGER NOT NULL, "
            "at TEXT NOT NULL, "
            "actor TEXT NOT NULL, "
            "kind TEXT NOT NULL, "
            "note TEXT, "
            "refers_to INTEGER, "
            "payload TEXT NOT NULL DEFAULT '{}', "
            "PRIMARY KEY (incident_id, seq), "
            "FOREIGN KEY (incident_id, refers_to) REFERENCES timeline_events (incident_id, seq)) WITHOUT ROWID"_s,
            // Nothing in a timeline changes silently: an edit is a new event, and nothing is taken away.
            u"CREATE TRIGGER timeline_events_append_only_update BEFORE UPDATE ON timeline_events "
            "BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END"_s,
            u"CREATE TRIGGER timeline_events_append_only_delete BEFORE DELETE ON timeline_events "
            "BEGIN SELECT RAISE(ABORT, 'timeline events are append-only'); END"_s,
            u"CREATE TABLE attachments ("
            "id TEXT PRIMARY KEY, "
            "media_type TEXT NOT NULL, "
            "data BLOB NOT NULL, "
            "created_at TEXT NOT NULL)"_s,
        },
    };
    // Postmortems: one per incident, the written parts as a JSON body (see postmortems::toJson) and a revision
    // that counts the saves.
    const store::Migration v2{
        .version = 2,
        .statements = {
            u"CREATE TABLE postmortems ("
            "incident_id INTEGER PRIMARY KEY REFERENCES incidents (id), "
            "body TEXT NOT NULL, "
            "revision INTEGER NOT NULL, "
            "updated_at TEXT NOT NULL)"_s,
        },
    };
    return store::Schema{.name = u"incidents"_s, .migrations = {v1, v2}};
}

} // namespace wk::incidents
