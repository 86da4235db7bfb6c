#include "ZshCompletion.h"

namespace kumiko::docs {
namespace {

// An entry for _describe: "name:description", colons in the name escaped.
QString described(const QString& name, const QString& description)
{
    return shellQuoted(QString(name).replace(QLatin1Char(':'), QStringLiteral("\\:")) + QLatin1Char(':') +
                       description);
}

QString describedOptions(const QList<OptionDoc>& options)
{
    QStringList entries;
    for (const OptionDoc& option : options)
        for (const QString& name : option.spelled())
            entries << described(name, option.description);
    return entries.join(QLatin1Char(' '));
}

QString helpers(const QString& fn)
{
    QString fixed;
    for (ValueKind kind : {ValueKind::Scope, ValueKind::Locale})
        fixed += QStringLiteral("    %1) print -l %2 ;;\n")
                     .arg(kindName(kind), fixedValues(kind).join(QLatin1Char(' ')));
    return QStringLiteral(R"SH(# The --project folder given on the line, else the current one.
_%1_project_dir() {
    local i
    for ((i = 2; i < CURRENT; i++)); do
        if [[ ${words[i]} == --project ]]; then
            print -r -- "${words[i + 1]}"
            return
        fi
    done
    print -r -- .
}

# The values of one kind, one a line; config keys and migrations come from the project folder.
_%1_values() {
    local dir f
    case $1 in
%2    config-key)
        dir=$(_%1_project_dir)
        kumiko config keys --project "$dir" 2>/dev/null | awk 'NF { print $1 }' ;;
    migration-id)
        dir=$(_%1_project_dir)
        for f in "$dir"/seeds/*.json(N); do
            print -r -- "${f:t:r}"
        done ;;
    esac
}

# Completes a value of kind $1.
_%1_value() {
    case $1 in
    dir) _files -/ ;;
    ?*) compadd -- ${(f)"$(_%1_values "$1")"} ;;
    *) _message value ;;
    esac
}
)SH")
        .arg(fn, fixed);
}

QString valueOptionArms(const CommandLineDoc& doc)
{
    QString arms;
    for (const OptionDoc& option : doc.valueOptions())
        arms += QStringLiteral("    %1) _%2_value '%3'; return ;;\n")
                    .arg(option.spelled().join(QLatin1Char('|')), doc.functionName(), kindName(option.kind));
    return arms;
}

QString commandArms(const CommandLineDoc& doc)
{
    QString arms;
    for (int words = doc.longestCommand(); words >= 1; --words) {
        QStringList names;
        for (const CommandDoc& command : doc.commands)
            if (command.name.count(QLatin1Char(' ')) + 1 == words)
                names << shellQuoted(command.name);
        if (names.isEmpty())
            continue;
        arms += QStringLiteral("    if [[ -z $command ]]; then\n        case \"${plain[1,%1]}\" in\n"
                               "        %2) command=\"${plain[1,%1]}\"; used=%1 ;;\n        esac\n    fi\n")
                    .arg(words)
                    .arg(names.join(QLatin1Char('|')));
    }
    return arms;
}

QString groupEntries(const CommandLineDoc& doc)
{
    QStringList entries;
    for (const QString& group : doc.groups()) {
        QStringList names;
        QString summary;
        for (const CommandDoc& command : doc.commands)
            if (command.name.section(QLatin1Char(' '), 0, 0) == group) {
                names << command.name;
                summary = command.summary;
            }
        entries << described(
            group, names.size() == 1 && names.first() == group ? summary : names.join(QStringLiteral(", ")));
    }
    return entries.join(QLatin1Char(' '));
}

QString verbArms(const CommandLineDoc& doc)
{
    QString arms;
    for (const QString& group : doc.groups()) {
        QStringList entries;
        for (const CommandDoc& command : doc.commandsOf(group))
            entries << described(command.name.section(QLatin1Char(' '), 1), command.summary);
        if (!entries.isEmpty())
            arms +=
                QStringLiteral("        %1) entries=(%2) ;;\n").arg(group, entries.join(QLatin1Char(' ')));
    }
    return arms;
}

QString perCommandArms(const CommandLineDoc& doc)
{
    QString arms;
    for (const CommandDoc& command : doc.commands) {
        QStringList kinds;
        for (ValueKind kind : command.argumentKinds)
            kinds << shellQuoted(kindName(kind));
        arms += QStringLiteral("    %1) entries=(%2); kinds=(%3) ;;\n")
                    .arg(shellQuoted(command.name), describedOptions(command.options),
                         kinds.join(QLatin1Char(' ')));
    }
    return arms;
}

QString withCommands(const CommandLineDoc& doc)
{
    return QStringLiteral(R"SH(
    local command= used=0
    local -a entries kinds
%1    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            entries=(%2)
            _describe -t options option entries
            return
        fi
        case ${#plain} in
        0) entries=(%3); _describe -t commands command entries ;;
        1)
            case ${plain[1]} in
%4            esac
            _describe -t commands command entries ;;
        esac
        return
    fi
    case $command in
%5    esac
    if [[ $cur == -* ]]; then
        entries+=(%2)
        _describe -t options option entries
        return
    fi
    _%6_value "${kinds[${#plain} - used + 1]}"
)SH")
        .arg(commandArms(doc), describedOptions(doc.options), groupEntries(doc), verbArms(doc),
             perCommandArms(doc), doc.functionName());
}

} // namespace

QString ZshCompletion::render(const CommandLineDoc& doc)
{
    const QString fn = doc.functionName();
    QStringList skipped;
    for (const OptionDoc& option : doc.valueOptions())
        skipped << option.spelled();
    QString script = QStringLiteral("#compdef %1\n# zsh completion for %1. Generated by kumiko-docs from the "
                                    "program's command line; do not edit.\n\n")
                         .arg(doc.program);
    script += helpers(fn);
    script += QStringLiteral(R"SH(
_%1() {
    local cur=${words[CURRENT]} prev=${words[CURRENT - 1]} w skip=
    local -a plain
    case $prev in
%2    esac
    # The words before the cursor that are neither options nor their values.
    for w in "${(@)words[2,CURRENT - 1]}"; do
        if [[ -n $skip ]]; then
            skip=
            continue
        fi
        case $w in
        %3) skip=1 ;;
        -*) ;;
        *) plain+=("$w") ;;
        esac
    done
)SH")
                  .arg(fn, valueOptionArms(doc),
                       skipped.isEmpty() ? QStringLiteral("--") : skipped.join(QLatin1Char('|')));
    if (doc.commands.isEmpty())
        script += QStringLiteral("    local -a entries=(%1)\n    _describe -t options option entries\n")
                      .arg(describedOptions(doc.options));
    else
        script += withCommands(doc);
    script += QStringLiteral("}\n\n_%1 \"$@\"\n").arg(fn);
    return script;
}

} // namespace kumiko::docs
