package diag

import "tally/internal/i18n"

// The rules of evidence (佐证材料) and of the office's reviews (审核).

func evidenceRules(t func(zh, en string) i18n.Text) {
	def(EvidenceMissing, Error, t("佐证材料不存在", "evidence file missing"), t(
		"报送条目的 evidence 列出的文件，在 evidence/期次/单位编号/ 中找不到（文件名要与实际文件完全一致，包括扩展名）。\n"+
			"修改：把文件放进该目录，或改正 evidence 中的文件名；用 Excel 报送表的，把附件放进与报送表同名的文件夹，再运行 tally collect。",
		"A file an entry lists under evidence is not in evidence/PERIOD/UNIT/ (the name must match exactly, extension included).\n"+
			"Fix: put the file there, or correct the name; with an Excel form, put the attachment in the folder named like the form and run tally collect."))
	def(EvidencePath, Error, t("佐证材料的文件名或文件无效", "evidence name or file not usable"), t(
		"evidence 中只写文件名（如 整顿台账.pdf），不能带目录、“..”、盘符或 Windows 文件名不能用的字符（\\ / : * ? \" < > |），\n"+
			"也不能是 Windows 不能使用的名称：CON、PRN、AUX、NUL、COM0–COM9、COM¹–COM³、LPT0–LPT9、LPT¹–LPT³（不分大小写，带任何扩展名，如 CON.pdf），或以点、空格结尾的名称；\n"+
			"文件必须是放在 evidence/期次/单位编号/ 中的普通文件，\n"+
			"不能是文件夹、快捷方式、符号链接（尤其是指向数据目录之外的）、设备或管道。\n"+
			"修改：把文件本身复制进该目录，evidence 中只写文件名；Windows 不能使用的名称，给文件改个名字（evidence 中也要改）。",
		"evidence lists file names only (such as minutes.pdf): no folder, \"..\", drive or character Windows refuses in a name (\\ / : * ? \" < > |),\n"+
			"and none of the names Windows cannot use: CON, PRN, AUX, NUL, COM0–COM9, COM¹–COM³, LPT0–LPT9 and LPT¹–LPT³ (in any case, with any extension, such as CON.pdf), or a name ending in a dot or a space.\n"+
			"Each must be a regular file in evidence/PERIOD/UNIT/,\n"+
			"not a folder, a shortcut, a symbolic link (least of all one leading outside the data root), a device or a pipe.\n"+
			"Fix: copy the file itself into the folder and list its name alone; rename a file Windows cannot use the name of (in evidence too)."))
	def(EvidenceTooLarge, Error, t("佐证材料过大", "evidence file too large"), t(
		"每个佐证材料不超过 20 MB，即 20,971,520 字节（1 MB 按 1024×1024 字节计，与 Windows 资源管理器显示的大小一致）。过大的文件 tally 不读取，也不会复制到网站中。\n"+
			"修改：压缩图片（如用手机或看图软件另存为较小的 JPEG），扫描件用较低的分辨率，或把文件拆分。",
		"Each evidence file is at most 20 MB, that is 20,971,520 bytes (1 MB being 1024×1024 bytes, as Windows Explorer counts them); a larger one is neither read nor copied into the site.\n"+
			"Fix: make pictures smaller (save them again as smaller JPEGs), scan at a lower resolution, or split the file."))
	def(EvidenceType, Error, t("佐证材料类型不允许", "evidence file type not allowed"), t(
		"佐证材料只收办公常用的文件：pdf、ofd、jpg、jpeg、png、doc、docx、xls、xlsx、wps、et。\n"+
			"tally 按文件名的扩展名和文件开头的内容两方面判断：改了扩展名的程序（.exe 改成 .pdf）、压缩包（zip、rar、7z）、\n"+
			"内容与扩展名不符的文件都不收。\n"+
			"修改：压缩包请解压后放入其中的文件；内容与扩展名不符的，按提示改成正确的扩展名；程序和脚本不能作为佐证材料。",
		"Evidence is what an office sends: pdf, ofd, jpg, jpeg, png, doc, docx, xls, xlsx, wps, et.\n"+
			"tally judges by the name's extension and by the content at the file's start: a program renamed (.exe as .pdf),\n"+
			"an archive (zip, rar, 7z), or a file whose content is not what its name says is refused.\n"+
			"Fix: unpack an archive and put in its files; give a mislabelled file the extension the message names; programs are never evidence."))
	def(EvidenceUncited, Warning, t("没有条目引用的佐证材料", "evidence file no entry cites"), t(
		"evidence/期次/单位编号/ 中的这个文件，该单位本期报送中没有哪一条在 evidence 中列出，所以不会显示在汇总和网站中。\n"+
			"修改：在相应条目的 evidence 中写上它的文件名；不需要的文件请删除。",
		"No entry of the unit's report for the period lists this file of evidence/PERIOD/UNIT/ under evidence, so no view shows it.\n"+
			"Fix: list its name under the evidence of the entry it supports, or delete the file."))
	def(EvidenceRequired, Error, t("已完成未附佐证材料", "done without evidence"), t(
		"plan.yaml 中设置了 require: {evidence: done}：报“已完成”的条目必须在 evidence 中列出佐证材料（如会议纪要、照片、文件）。\n"+
			"修改：把佐证材料放进 evidence/期次/单位编号/，在条目的 evidence 中写上文件名；尚未完成的，状态改为“推进中”。",
		"plan.yaml sets require: {evidence: done}: an entry claiming done must list evidence (minutes, photos, documents).\n"+
			"Fix: put the files in evidence/PERIOD/UNIT/ and list their names under the entry's evidence; if it is not done, make it in-progress."))
}

func reviewRules(t func(zh, en string) i18n.Text) {
	def(BadResult, Error, t("审核结论无效", "invalid review result"), t(
		"审核记录（reviews/期次/单位编号.yaml）的 result 只能是：通过、退回（或 accepted、returned）。\n"+
			"审核记录由 tally review accept / return 写入，不要手改；改了就用这两条命令重新记录。",
		"A review's result (reviews/PERIOD/UNIT.yaml) is 通过 or 退回 (or accepted, returned).\n"+
			"Reviews are written by tally review accept and return: do not edit them by hand; record the decision again with those commands."))
	def(NoReason, Error, t("退回没有理由", "returned without reasons"), t(
		"退回的报送必须写明理由，单位才知道要改什么：审核记录的 reasons 下至少一条（可指明任务）。\n"+
			"修改：用 tally review return 单位 --reason 理由 [--task 任务 --reason 理由] 重新记录。",
		"A returned report must say why, so that the unit knows what to change: at least one entry under reasons (a task may be named).\n"+
			"Fix: record it again with tally review return UNIT --reason TEXT [--task TASK --reason TEXT]."))
	def(ReviewHash, Error, t("审核记录的报送指纹无效", "invalid report fingerprint in a review"), t(
		"审核记录的 report 是所审核的报送文件的指纹（文件内容 SHA-256 的前 12 位十六进制数字），由 tally review 写入，\n"+
			"用来判断报送文件在审核之后有没有改动。它不是 12 位小写十六进制数字时，审核记录无法对应报送文件。\n"+
			"修改：不要手改这一行；用 tally review accept 或 return 重新审核。\n"+
			"（指纹格式正确但与现在的报送文件不符，说明报送在审核后改过：这不是错误，tally review 把它列为待审核。）",
		"A review's report is the fingerprint of the report file reviewed (the first 12 hex digits of the SHA-256 of its content),\n"+
			"written by tally review to tell whether the report changed since. When it is not 12 lower-case hex digits, the review\n"+
			"cannot be matched with the report.\nFix: do not edit it by hand; review again with tally review accept or return.\n"+
			"(A well-formed fingerprint that no longer matches means the report changed since the review: not an error; tally review lists it as pending.)"))
	def(ReviewNoReport, Error, t("审核记录没有对应的报送", "review without a report"), t(
		"reviews/期次/单位编号.yaml 审核的报送文件 reports/期次/单位编号.yaml 不存在（被删除、改名，或审核记录放错了目录）。\n"+
			"修改：恢复报送文件，或删除这份审核记录。",
		"The report reviews/PERIOD/UNIT.yaml decides on, reports/PERIOD/UNIT.yaml, does not exist (deleted, renamed, or the review is misplaced).\n"+
			"Fix: restore the report, or delete the review."))
	def(EarlyExtension, Error, t("批准的延期不晚于原完成时限", "extension granted to a date not after the due date"), t(
		"批准延期（extensions 中 granted: true）的 to 是这项任务新的完成时限，必须晚于原完成时限（任务的 due，没有时为 plan.yaml 的 end）。\n"+
			"不晚于原时限的“延期”什么也不延，日期写错时（如年份）还会让这项任务亮红灯。\n"+
			"批准延期后，该单位这项任务在新时限之前的节点不再亮红灯、黄灯，预警按新时限判断。\n"+
			"修改：用 tally review accept 单位 --extend 任务 --to 日期 重新记录正确的日期，或 --refuse 任务 不批准。",
		"A granted extension's to (granted: true under extensions) is the task's new due date for the unit, and must be after the\n"+
			"due date it moves (the task's due, else plan.yaml's end). One that is not extends nothing, and a mistyped year can\n"+
			"turn the task red. Once an extension is granted, the task's milestones before the new date no longer light it red or\n"+
			"yellow for that unit: its light follows the new date.\n"+
			"Fix: record the right date with tally review accept UNIT --extend TASK --to DATE, or --refuse TASK."))
}
