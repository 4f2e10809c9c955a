-- Drives Neovim (headless) configured with the README's configuration, as a person would: opens the act, waits for
-- the diagnostics, asks for the hover (K), completes with Ctrl-X Ctrl-O and accepts an item, applies a quick fix.
-- Every wait polls a predicate (never a fixed sleep); keys go through the real input loop, so the script runs as a
-- coroutine resumed from the event loop. Results are written as JSON to $ACTES_EDITORS_OUT, then Neovim quits.
local file = assert(os.getenv('ACTES_EDITORS_FILE'), 'ACTES_EDITORS_FILE')
local out = assert(os.getenv('ACTES_EDITORS_OUT'), 'ACTES_EDITORS_OUT')
local timeout = tonumber(os.getenv('ACTES_EDITORS_TIMEOUT') or '30000')

local results = { editor = 'neovim', version = tostring(vim.version and vim.version().minor), steps = {} }
local co

local function write_results()
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(results))
  f:close()
end

local function finish(err)
  if err then results.error = tostring(err) end
  write_results()
  vim.schedule(function() vim.cmd('qall!') end)
end

-- Resumes the script once `predicate` holds, checking it from the event loop; false after `timeout` ms.
local function wait_for(what, predicate)
  local deadline = vim.loop.now() + timeout
  local timer = vim.loop.new_timer()
  timer:start(10, 10, vim.schedule_wrap(function()
    if timer:is_closing() then return end
    local ok, value = pcall(predicate)
    if (ok and value) or vim.loop.now() > deadline then
      timer:stop()
      timer:close()
      local _, e = coroutine.resume(co, ok and value or false)
      if e then finish(e) end
    end
  end))
  local value = coroutine.yield()
  if not value then results.steps[#results.steps + 1] = { timeout = what } end
  return value
end

local function keys(k)
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes(k, true, false, true), 't', false)
end

local function codes(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do list[#list + 1] = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
  return list
end

local function has(list, x)
  for _, v in ipairs(list) do if v == x then return true end end
  return false
end

local function line_of(buf, pattern)
  for i, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
    if l:find(pattern, 1, true) then return i end
  end
end

-- Completion on a new line holding `typed`, after the last visa; accepts the item whose inserted word is `want`
-- (or the first one). Returns what the popup offered and the line once accepted.
local function complete(buf, typed, want)
  local after = assert(line_of(buf, 'relatives à la dette et les emprunts,'))
  vim.api.nvim_buf_set_lines(buf, after, after, false, { '', typed })
  local lnum = after + 2
  vim.api.nvim_win_set_cursor(0, { lnum, 0 })
  local result = { typed = typed }
  keys('A<C-x><C-o>')
  if wait_for('complétion « ' .. typed .. ' »', function() return vim.fn.pumvisible() == 1 end) then
    local info = vim.fn.complete_info({ 'items', 'selected' })
    result.words = {}
    local index = 0
    for i, item in ipairs(info.items) do
      result.words[#result.words + 1] = item.word
      if want and item.word == want and index == 0 then index = i end
    end
    local steps = math.max(index - 1, 0) - math.max(info.selected, 0)
    keys(string.rep('<C-n>', steps) .. '<C-y><Esc>')
  else
    keys('<Esc>')
  end
  wait_for('retour en mode normal', function() return vim.api.nvim_get_mode().mode == 'n' end)
  result.line = vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]
  -- Leave the document as it was.
  vim.api.nvim_buf_set_lines(buf, after, lnum, false, {})
  return result
end

local function main()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  results.filetype = vim.bo[buf].filetype

  -- 1. Diagnostics, once the settings are honoured (CIT-001 off in the README's configuration).
  wait_for('diagnostics', function()
    local c = codes(buf)
    return has(c, 'SIG-001') and has(c, 'DAT-001') and not has(c, 'CIT-001')
  end)
  results.diagnostics = codes(buf)
  results.clients = #vim.tbl_keys(vim.lsp.buf_get_clients(buf))

  -- 2. Hover (K, mapped by the configuration or by Neovim) on « L. 2122-22 ».
  local l = assert(line_of(buf, 'L. 2122-22'))
  local col = vim.api.nvim_buf_get_lines(buf, l - 1, l, false)[1]:find('L. 2122-22', 1, true)
  vim.api.nvim_win_set_cursor(0, { l, col + 4 })
  local main_win = vim.api.nvim_get_current_win()
  keys('K')
  local float = wait_for('survol', function()
    for _, w in ipairs(vim.api.nvim_list_wins()) do
      if w ~= main_win and vim.api.nvim_win_get_config(w).relative ~= '' then return w end
    end
  end)
  if float then
    results.hover = table.concat(vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(float), 0, -1, false), '\n')
    vim.api.nvim_win_close(float, true)
  end
  vim.api.nvim_set_current_win(main_win)

  -- 3. Completion, accepted in the popup.
  results.completion = {
    complete(buf, 'Vu ', nil),
    complete(buf, 'Vu', nil),
    complete(buf, 'Vu le c', nil),
    complete(buf, 'Vu l’article L. 2122-2', 'L. 2122-22'),
  }

  -- 4. Quick fix on « Fait à Chambéry, » (DAT-001), through the code action menu.
  local fait = assert(line_of(buf, 'Fait à Chambéry,'))
  vim.api.nvim_win_set_cursor(0, { fait, 0 })
  local offered = {}
  vim.ui.select = function(choices, opts, on_choice)
    local pick
    for i, c in ipairs(choices) do
      local action = c[2] or c.action or c
      local title = action.title or tostring(c)
      offered[#offered + 1] = title
      if not pick and action.isPreferred then pick = i end
    end
    pick = pick or 1
    on_choice(choices[pick], pick)
  end
  vim.lsp.buf.code_action()
  wait_for('correction rapide', function()
    return vim.api.nvim_buf_get_lines(buf, fait - 1, fait, false)[1] ~= 'Fait à Chambéry,'
  end)
  results.quickfix = { offered = offered, line = vim.api.nvim_buf_get_lines(buf, fait - 1, fait, false)[1] }
  wait_for('diagnostics après correction', function() return not has(codes(buf), 'DAT-001') end)
  results.diagnosticsAfterFix = codes(buf)
  finish()
end

co = coroutine.create(function()
  local ok, err = xpcall(main, debug.traceback)
  if not ok then finish(err) end
end)
vim.schedule(function()
  local ok, err = coroutine.resume(co)
  if not ok then finish(err) end
end)
