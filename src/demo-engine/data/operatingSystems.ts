// The operating systems the engine ships (GET /operatingsystems): the ids, unique names and display names of
// oVirt's osinfo (packaging/conf/osinfo-defaults.properties: `os.<name>.id.value`, `os.<name>.name.value`),
// for the os types the capabilities document (data/capabilities.json `os_types`) lists.
export const OPERATING_SYSTEMS: [id: number, name: string, description: string][] = [
  [0, 'other', 'Other OS'], [5, 'other_linux', 'Linux'], [9, 'rhel_3', 'Red Hat Enterprise Linux 3.x'],
  [15, 'rhel_3x64', 'Red Hat Enterprise Linux 3.x x64'], [8, 'rhel_4', 'Red Hat Enterprise Linux 4.x'],
  [14, 'rhel_4x64', 'Red Hat Enterprise Linux 4.x x64'], [7, 'rhel_5', 'Red Hat Enterprise Linux 5.x'],
  [13, 'rhel_5x64', 'Red Hat Enterprise Linux 5.x x64'], [18, 'rhel_6', 'Red Hat Enterprise Linux 6.x'],
  [19, 'rhel_6x64', 'Red Hat Enterprise Linux 6.x x64'], [24, 'rhel_7x64', 'Red Hat Enterprise Linux 7.x x64'],
  [1, 'windows_xp', 'Windows XP'], [3, 'windows_2003', 'Windows 2003'],
  [4, 'windows_2008', 'Windows 2008'], [10, 'windows_2003x64', 'Windows 2003 x64'], [11, 'windows_7', 'Windows 7'],
  [12, 'windows_7x64', 'Windows 7 x64'], [16, 'windows_2008x64', 'Windows 2008 x64'], [17, 'windows_2008R2x64', 'Windows 2008 R2 x64'],
  [20, 'windows_8', 'Windows 8'], [21, 'windows_8x64', 'Windows 8 x64'], [23, 'windows_2012x64', 'Windows 2012 x64'],
  [25, 'windows_2012R2x64', 'Windows 2012R2 x64'], [26, 'windows_10', 'Windows 10'], [27, 'windows_10x64', 'Windows 10 x64'],
  [1193, 'sles_11', 'SUSE Linux Enterprise Server 11'],
  [1252, 'ubuntu_12_04', 'Ubuntu Precise Pangolin LTS'], [1253, 'ubuntu_12_10', 'Ubuntu Quantal Quetzal'],
  [1254, 'ubuntu_13_04', 'Ubuntu Raring Ringtails'], [1255, 'ubuntu_13_10', 'Ubuntu Saucy Salamander'],
  [1256, 'ubuntu_14_04', 'Ubuntu Trusty Tahr LTS'], [1300, 'debian_7', 'Debian 7'], [1500, 'freebsd', 'FreeBSD 9.2'],
  [1501, 'freebsdx64', 'FreeBSD 9.2 x64'], [1001, 'other_ppc64', 'Other OS'], [1002, 'other_linux_ppc64', 'Linux'],
  [1003, 'rhel_6_ppc64', 'Red Hat Enterprise Linux 6.x'], [1004, 'sles_11_ppc64', 'SUSE Linux Enterprise Server 11'],
  [1005, 'ubuntu_14_04_ppc64', 'Ubuntu Trusty Tahr LTS'], [1006, 'rhel_7_ppc64', 'Red Hat Enterprise Linux 7.x'],
];
