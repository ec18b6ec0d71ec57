#pragma once

#include "notify/NotificationSettings.h"
#include "workspace/YamlReader.h"

namespace wk::workspace {

// Reads the workspace's optional `notifications:` section: which priorities wake the user, quiet hours per
// priority on the user's clock, reminders, sound, and whether to notify only while on call. Absent keys keep the
// team-rule defaults (P1-P3 notify; P3-P5 silent 22:00-08:00). Internal to the loader.
class NotificationsReader
{
public:
    explicit NotificationsReader(YamlReader& yaml);

    bool read(const YAML::Node& root, notify::NotificationSettings& settings);

private:
    bool readQuietHours(const YAML::Node& node, notify::NotificationSettings& settings);

    YamlReader& m_yaml;
};

} // namespace wk::workspace
