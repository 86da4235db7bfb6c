#include "BashCompletion.h"

namespace kumiko::docs {
namespace {

QString spelledAll(const QList<OptionDoc>& options)
{
    QStringList all;
    for (const OptionDoc& option : options)
        all << option.spelled();
    return all.join(QLatin1Char(' '));
}

// The helpers every generated script has: the project folder on the line, the values of a kind, and
// a reply that copes with ':' being a word break ("seed:status").
QString helpers(const QString& fn)
{
    QString fixed;
    for (ValueKind kind : {ValueKind::Scope, ValueKind::Locale})
        fixed += QStringLiteral("    %1) printf '%s\\n' %2 ;;\n")
                     .arg(kindName(kind), fixedValues(kind).join(QLatin1Char(' ')));
    return QStringLiteral(R"SH(# The --project folder given on the line, else the current one.
_%1_project_dir()
{
    local i
    for ((i = 1; i < ${#COMP_WORDS[@]} - 1; i++)); do
        if [[ ${COMP_WORDS[i]} == --project ]]; then
            printf '%s\n' "${COMP_WORDS[i + 1]}"
            return
        fi
    done
    printf '.\n'
}

# The values of one kind, one a line; config keys and migrations come from the project folder.
_%1_values()
{
    local dir f
    case $1 in
%2    config-key)
        dir=$(_%1_project_dir)
        kumiko config keys --project "$dir" 2>/dev/null | awk 'NF { print $1 }' ;;
    migration-id)
        dir=$(_%1_project_dir)
        for f in "$dir"/seeds/*.json; do
            [[ -e $f ]] && basename "$f" .json
        done ;;
    esac
}

# COMPREPLY from newline-separated candidates matching $2.
_%1_reply()
{
    local IFS=$'\n'
    COMPREPLY=($(compgen -W "$1" -- "$2"))
    if [[ $2 == *:* && $COMP_WORDBREAKS == *:* ]]; then
        local prefix=${2%"${2##*:}"}
        COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
    fi
}

# Completes a value of kind $1 for the word $2.
_%1_value()
{
    case $1 in
    dir)
        compopt -o filenames 2>/dev/null
        local IFS=$'\n'
        COMPREPLY=($(compgen -d -- "$2")) ;;
    ?*) _%1_reply "$(_%1_values "$1")" "$2" ;;
    esac
}
)SH")
        .arg(fn, fixed);
}

// `case $prev in` arms: an option that takes a value completes that value or nothing.
QString valueOptionArms(const CommandLineDoc& doc)
{
    QString arms;
    for (const OptionDoc& option : doc.valueOptions())
        arms += QStringLiteral("    %1) _%2_value '%3' \"$cur\"; return ;;\n")
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
                names << QLatin1Char('"') + command.name + QLatin1Char('"');
        if (names.isEmpty())
            continue;
        arms += QStringLiteral("    if [[ -z $command ]]; then\n        case \"${plain[*]:0:%1}\" in\n"
                               "        %2) command=\"${plain[*]:0:%1}\"; used=%1 ;;\n        esac\n    fi\n")
                    .arg(words)
                    .arg(names.join(QLatin1Char('|')));
    }
    return arms;
}

QString verbArms(const CommandLineDoc& doc)
{
    QString arms;
    for (const QString& group : doc.groups()) {
        QStringList verbs;
        for (const CommandDoc& command : doc.commandsOf(group))
            verbs << command.name.section(QLatin1Char(' '), 1);
        if (!verbs.isEmpty())
            arms += QStringLiteral("        %1) _%2_reply %3 \"$cur\" ;;\n")
                        .arg(group, doc.functionName(), shellQuoted(verbs.join(QLatin1Char('\n'))));
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
        arms +=
            QStringLiteral("    \"%1\") options=%2; kinds=(%3) ;;\n")
                .arg(command.name, shellQuoted(spelledAll(command.options)), kinds.join(QLatin1Char(' ')));
    }
    return arms;
}

QString withCommands(const CommandLineDoc& doc)
{
    const QString fn = doc.functionName();
    return QStringLiteral(R"SH(
    local command= used=0 options kinds=()
%1    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            _%2_reply %3 "$cur"
            return
        fi
        case ${#plain[@]} in
        0) _%2_reply %4 "$cur" ;;
        1)
            case ${plain[0]} in
%5            esac ;;
        esac
        return
    fi
    case $command in
%6    esac
    if [[ $cur == -* ]]; then
        _%2_reply "$(printf '%s\n' %3 $options)" "$cur"
        return
    fi
    _%2_value "${kinds[${#plain[@]} - used]}" "$cur"
)SH")
        .arg(commandArms(doc), fn,
             shellQuoted(spelledAll(doc.options).replace(QLatin1Char(' '), QLatin1Char('\n'))),
             shellQuoted(doc.groups().join(QLatin1Char('\n'))), verbArms(doc), perCommandArms(doc));
}

} // namespace

QString BashCompletion::render(const CommandLineDoc& doc)
{
    const QString fn = doc.functionName();
    QStringList skipped;
    for (const OptionDoc& option : doc.valueOptions())
        skipped << option.spelled();
    QString script =
        QStringLiteral("# bash completion for %1. Generated by kumiko-docs from the program's command "
                       "line; do not edit.\n\n")
            .arg(doc.program);
    script += helpers(fn);
    script += QStringLiteral(R"SH(
_%1()
{
    local words=() plain=() i w skip= cur prev
    # With ':' as a word break "seed:status" arrives as "seed" ":" "status"; join it again.
    for ((i = 1; i <= COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        if ((${#words[@]} > 0)) && [[ $w == : || ${COMP_WORDS[i - 1]} == : ]]; then
            words[-1]+=$w
        else
            words+=("$w")
        fi
    done
    cur=${words[-1]}
    unset 'words[-1]'
    prev=
    ((${#words[@]} > 0)) && prev=${words[-1]}
    case $prev in
%2    esac
    # The words before the cursor that are neither options nor their values.
    for w in "${words[@]}"; do
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
        script +=
            QStringLiteral("    _%1_reply %2 \"$cur\"\n")
                .arg(fn, shellQuoted(spelledAll(doc.options).replace(QLatin1Char(' '), QLatin1Char('\n'))));
    else
        script += withCommands(doc);
    script += QStringLiteral("}\ncomplete -F _%1 %2\n").arg(fn, doc.program);
    return script;
}

} // namespace kumiko::docs
