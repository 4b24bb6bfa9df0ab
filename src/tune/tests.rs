//! Unit tests of `tune`: profile parsing and comparison, and the whole command against a fake /proc and /sys.

use std::collections::BTreeSet;
use std::path::PathBuf;

use super::host::{format_cpu_list, parse_cpu_list, parse_cpu_mask};
use super::layout::parse_interrupts;
use super::*;

/// A fake root with `proc/` and `sys/`.
struct Fake {
    dir: tempfile::TempDir,
}

impl Fake {
    fn new(euid: u32) -> Fake {
        let f = Fake {
            dir: tempfile::tempdir().unwrap(),
        };
        f.put(
            "proc/self/status",
            &format!("Name:\tx\nUid:\t{euid}\t{euid}\t{euid}\t{euid}\n"),
        );
        f.put(
            "proc/self/limits",
            "Limit                     Soft Limit           Hard Limit           Units     \n\
             Max open files            1024                 524288               files     \n\
             Max locked memory         unlimited            unlimited            bytes     \n",
        );
        f.put("sys/devices/system/cpu/online", "0-3\n");
        f
    }

    fn put(&self, rel: &str, text: &str) {
        let p = self.dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }

    fn sysctl(&self, key: &str, value: &str) {
        self.put(
            &format!("proc/sys/{}", key.replace('.', "/")),
            &format!("{value}\n"),
        );
    }

    fn read_sysctl(&self, key: &str) -> String {
        let p = self.dir.path().join("proc/sys").join(key.replace('.', "/"));
        std::fs::read_to_string(p).unwrap().trim().to_string()
    }

    fn host(&self) -> Host {
        Host::under(self.dir.path())
    }

    fn file(&self, name: &str, text: &str) -> PathBuf {
        self.put(name, text);
        self.dir.path().join(name)
    }
}

const SMALL: &str = "\
# check: at_least
net.core.somaxconn = 4096
# check: exact
net.ipv4.ip_local_port_range = 10240 65535
net.ipv4.tcp_congestion_control = bbr
# check: at_least
net.ipv4.tcp_rmem = 4096 131072 16777216
# check: at_most
net.ipv4.tcp_fin_timeout = 15
# check: at_least optional
-net.netfilter.nf_conntrack_max = 1048576
";

fn args(profile: Option<PathBuf>, config: Option<PathBuf>, apply: bool) -> TuneArgs {
    TuneArgs {
        check: !apply,
        apply,
        profile,
        config,
    }
}

fn setting(rule: Rule, value: &str) -> Setting {
    Setting {
        key: "k".into(),
        value: value.into(),
        rule,
        optional: false,
    }
}

#[test]
fn the_builtin_profile_parses_with_per_key_rules() {
    let p = Profile::parse(BUILTIN_PROFILE).unwrap();
    let get = |k: &str| p.settings.iter().find(|s| s.key == k).unwrap();
    assert_eq!(get("net.core.somaxconn").rule, Rule::AtLeast);
    assert_eq!(get("net.ipv4.ip_local_port_range").rule, Rule::Exact);
    assert_eq!(get("net.ipv4.ip_local_port_range").value, "10240 65535");
    assert_eq!(get("net.ipv4.tcp_fin_timeout").rule, Rule::AtMost);
    assert_eq!(get("net.ipv4.tcp_congestion_control").value, "bbr");
    assert!(get("kernel.io_uring_disabled").optional);
    assert!(!get("fs.nr_open").optional);
    assert!(p.settings.len() >= 20);
}

#[test]
fn malformed_profiles_are_rejected_with_the_line_number() {
    let err = |t: &str| Profile::parse(t).unwrap_err().to_string();
    assert!(err("# check: roughly\na = 1\n").starts_with("line 1:"));
    assert!(err("a = 1\nno equals sign\n").starts_with("line 2:"));
    assert!(err("net..core = 1\n").contains("invalid key"));
    assert!(err("../../etc/passwd = 1\n").contains("invalid key"));
    assert!(err("# check: at_least\nnet.core.default_qdisc = fq\n").contains("needs numbers"));
    assert!(err("a = 1\n# check: exact\n").contains("without a key"));
    assert!(err("a = 1\na = 2\n").contains("set twice"));
}

#[test]
fn at_least_accepts_larger_values_element_by_element() {
    let s = setting(Rule::AtLeast, "4096 131072 16777216");
    assert!(s.is_satisfied_by("4096\t131072\t16777216"));
    assert!(s.is_satisfied_by("8192 262144 33554432"));
    assert!(!s.is_satisfied_by("4096 87380 33554432"));
    assert!(!s.is_satisfied_by("4096 131072"));
    assert!(!s.is_satisfied_by("lots"));
    assert_eq!(
        s.value_to_write(Some("4096 87380 33554432")),
        "4096 131072 33554432"
    );
}

#[test]
fn at_most_and_exact_compare_as_their_names_say() {
    let s = setting(Rule::AtMost, "15");
    assert!(s.is_satisfied_by("10") && s.is_satisfied_by("15") && !s.is_satisfied_by("60"));
    assert_eq!(s.value_to_write(Some("60")), "15");
    let e = setting(Rule::Exact, "10240 65535");
    assert!(e.is_satisfied_by("10240\t65535\n"));
    assert!(
        !e.is_satisfied_by("1024 65535"),
        "a different range is off even if wider"
    );
    assert!(
        setting(Rule::Exact, "bbr").is_satisfied_by("bbr")
            && !setting(Rule::Exact, "bbr").is_satisfied_by("cubic")
    );
}

#[test]
fn check_reports_each_key_and_exits_one_only_for_required_differences() {
    let f = Fake::new(1000);
    let profile = f.file("p.conf", SMALL);
    f.sysctl("net.core.somaxconn", "65535");
    f.sysctl("net.ipv4.ip_local_port_range", "10240\t65535");
    f.sysctl("net.ipv4.tcp_congestion_control", "bbr");
    f.sysctl("net.ipv4.tcp_rmem", "4096\t131072\t33554432");
    f.sysctl("net.ipv4.tcp_fin_timeout", "10");
    let mut out = String::new();
    let code = execute(
        &f.host(),
        &args(Some(profile.clone()), None, false),
        &mut out,
    )
    .unwrap();
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("nf_conntrack_max") && out.contains("(absent)"),
        "{out}"
    );

    f.sysctl("net.ipv4.tcp_congestion_control", "cubic");
    let mut out = String::new();
    assert_eq!(
        execute(&f.host(), &args(Some(profile), None, false), &mut out).unwrap(),
        1
    );
    let line = out
        .lines()
        .find(|l| l.contains("tcp_congestion_control"))
        .unwrap();
    assert!(
        line.contains("cubic") && line.contains("bbr") && line.contains("OFF"),
        "{line}"
    );
}

#[test]
fn a_required_key_missing_from_the_host_fails_the_check() {
    let f = Fake::new(0);
    let profile = f.file("p.conf", "# check: at_least\nfs.nr_open = 2097152\n");
    let rows = check(
        &f.host(),
        &Profile::parse(&std::fs::read_to_string(&profile).unwrap()).unwrap(),
        None,
    );
    assert_eq!(rows[0].status, Status::Absent);
    assert!(rows[0].status.is_problem());
}

#[test]
fn check_never_writes_and_apply_refuses_without_root() {
    let f = Fake::new(1000);
    let profile = f.file("p.conf", SMALL);
    f.sysctl("net.core.somaxconn", "128");
    let mut out = String::new();
    assert_eq!(
        execute(
            &f.host(),
            &args(Some(profile.clone()), None, false),
            &mut out
        )
        .unwrap(),
        1
    );
    assert_eq!(f.read_sysctl("net.core.somaxconn"), "128");
    let e = execute(
        &f.host(),
        &args(Some(profile), None, true),
        &mut String::new(),
    )
    .unwrap_err();
    assert!(matches!(e, TuneError::NotRoot { euid: Some(1000) }), "{e}");
    assert_eq!(f.read_sysctl("net.core.somaxconn"), "128");
}

#[test]
fn apply_as_root_writes_off_values_keeps_better_ones_and_creates_nothing() {
    let f = Fake::new(0);
    let profile = f.file("p.conf", SMALL);
    f.sysctl("net.core.somaxconn", "128");
    f.sysctl("net.ipv4.ip_local_port_range", "32768\t60999");
    f.sysctl("net.ipv4.tcp_congestion_control", "bbr");
    f.sysctl("net.ipv4.tcp_rmem", "4096\t87380\t33554432");
    f.sysctl("net.ipv4.tcp_fin_timeout", "60");
    let mut out = String::new();
    let code = execute(&f.host(), &args(Some(profile), None, true), &mut out).unwrap();
    assert_eq!(code, 0, "{out}");
    assert_eq!(f.read_sysctl("net.core.somaxconn"), "4096");
    assert_eq!(f.read_sysctl("net.ipv4.ip_local_port_range"), "10240 65535");
    assert_eq!(f.read_sysctl("net.ipv4.tcp_rmem"), "4096 131072 33554432");
    assert_eq!(f.read_sysctl("net.ipv4.tcp_fin_timeout"), "15");
    assert!(!f.dir.path().join("proc/sys/net/netfilter").exists());
}

#[test]
fn process_limits_are_read_from_proc_and_reported_as_advice() {
    let f = Fake::new(0);
    let l = f.host().limits().unwrap();
    assert_eq!(l.nofile, Some(1024));
    assert_eq!(l.memlock_bytes, None);
    let rows = check(&f.host(), &Profile { settings: vec![] }, None);
    let nofile = rows
        .iter()
        .find(|r| r.item.starts_with("RLIMIT_NOFILE"))
        .unwrap();
    assert_eq!(
        (nofile.current.as_str(), nofile.status),
        ("1024", Status::Info)
    );
}

#[test]
fn a_non_performance_governor_is_off_and_apply_sets_it() {
    let f = Fake::new(0);
    for cpu in 0..2 {
        f.put(
            &format!("sys/devices/system/cpu/cpu{cpu}/cpufreq/scaling_governor"),
            "powersave\n",
        );
        f.put(
            &format!("sys/devices/system/cpu/cpu{cpu}/cpufreq/scaling_available_governors"),
            "performance powersave\n",
        );
    }
    let empty = Profile { settings: vec![] };
    let rows = check(&f.host(), &empty, None);
    let gov = rows
        .iter()
        .find(|r| r.item.starts_with("cpu governor"))
        .unwrap();
    assert_eq!(
        (gov.item.as_str(), gov.status),
        ("cpu governor (cpus 0-1)", Status::Off)
    );
    let profile = f.file("empty.conf", "");
    let code = execute(
        &f.host(),
        &args(Some(profile), None, true),
        &mut String::new(),
    )
    .unwrap();
    assert_eq!(code, 0);
}

const INTERRUPTS: &str = "           CPU0       CPU1       CPU2       CPU3\n\
  24:          1          0          0          0  IO-APIC   5-edge      ACPI:Ged\n\
  40:        100          0       5000          0  PCI-MSIX-0000:00:03.0   1-edge      eth0-TxRx-0\n\
  41:          0        200          0          0  PCI-MSIX-0000:00:03.0   2-edge      eth0-TxRx-1\n\
 NMI:          0          0          0          0   Non-maskable interrupts\n";

#[test]
fn proc_interrupts_lines_are_split_into_counts_and_action() {
    let lines = parse_interrupts(INTERRUPTS);
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1].irq, 40);
    assert_eq!(lines[1].counts, vec![(0, 100), (1, 0), (2, 5000), (3, 0)]);
    assert!(lines[1].description.ends_with("eth0-TxRx-0"));
}

#[test]
fn nic_irqs_allowed_on_shard_cores_are_flagged_in_the_layout() {
    let f = Fake::new(0);
    f.put("proc/interrupts", INTERRUPTS);
    f.put("proc/irq/40/smp_affinity_list", "2\n");
    f.put("proc/irq/41/smp_affinity_list", "0-1\n");
    f.put("sys/class/net/eth0/device/vendor", "0x1af4\n");
    f.put(
        "sys/class/net/eth0/queues/rx-0/rps_cpus",
        "00000000,00000003\n",
    );
    f.put("sys/class/net/lo/queues/rx-0/rps_cpus", "f\n");
    let config = f.file(
        "p.toml",
        "[runtime]\nshards = 2\ncpu_affinity = [2, 3]\n\n[[listener]]\nname = \"l\"\nbind = \"127.0.0.1:1\"\n\
         certificate = \"c.pem\"\nprivate_key = \"k.pem\"\nmode = \"off\"\ntarget_group = \"t\"\n\n\
         [target_group.t]\ntargets = [\"127.0.0.1:2\"]\n",
    );
    let profile = f.file("empty.conf", "");
    let mut out = String::new();
    let code = execute(
        &f.host(),
        &args(Some(profile), Some(config), false),
        &mut out,
    )
    .unwrap();
    assert_eq!(code, 1, "{out}");
    let line = |needle: &str| {
        out.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("{needle}: {out}"))
    };
    assert!(line("shard 0").contains("cpu 2") && line("shard 1").contains("ok"));
    assert!(line("irq 40 eth0-TxRx-0").contains("OFF"));
    assert!(line("irq 40").contains("may: 2; ran: 0,2"));
    assert!(line("irq 41 eth0-TxRx-1").contains(" ok "));
    assert!(line("rps eth0/rx-0").contains(" ok "));
    assert!(!out.contains("rps lo/"), "virtual interfaces are not NICs");
}

#[test]
fn cpu_lists_and_masks_round_trip() {
    let set: BTreeSet<usize> = [0, 1, 2, 3, 8, 10, 11].into();
    assert_eq!(parse_cpu_list("0-3,8,10-11").unwrap(), set);
    assert_eq!(format_cpu_list(&set), "0-3,8,10-11");
    assert_eq!(parse_cpu_mask("00000000,00000d0f").unwrap(), set);
    assert_eq!(parse_cpu_mask("0").unwrap(), BTreeSet::new());
    assert!(parse_cpu_list("3-1").is_none() && parse_cpu_list("0-99999999").is_none());
    assert!(parse_cpu_mask("xyz").is_none());
}
