-- Drives the Internet First language server from Neovim 0.7 (Debian's) as a
-- user's config would (docs/editors.md): start the client, attach it to a
-- YAML buffer, push the settings, wait for diagnostics, ask for the code
-- actions on one (as `vim.lsp.buf.code_action()` does in 0.7, from Neovim's
-- own diagnostic list, which drops `data`), apply the edit, save, and wait for
-- the diagnostic to go. Writes what it saw as JSON to $IFL_RESULT and quits;
-- test/editors/neovim.test.ts checks it.
--
-- Environment: IFL_NODE, IFL_SERVER (dist/server/server.js), IFL_FILE (the
-- YAML file), IFL_RESULT, IFL_WAIT_MS (how long to wait for the server).
local result = { steps = {} }
local wait_ms = tonumber(os.getenv('IFL_WAIT_MS')) or 20000

local function step(name)
  table.insert(result.steps, name)
end

local function finish()
  local file = assert(io.open(os.getenv('IFL_RESULT'), 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local function simple(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    table.insert(list, {
      code = d.code, source = d.source, severity = d.severity, message = d.message,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    })
  end
  return list
end

local function find(bufnr, code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code == code then return d end
  end
  return nil
end

local function run()
  local file = assert(os.getenv('IFL_FILE'), 'IFL_FILE is not set')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype

  local client_id = vim.lsp.start_client({
    name = 'internet-first',
    cmd = { os.getenv('IFL_NODE'), os.getenv('IFL_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- private-address lowered to a warning: proves the settings push reaches the server.
    settings = { internetFirst = { enable = true, rules = { ['private-address'] = 'warning' } } },
    -- Neovim 0.7 does not answer workspace/configuration, so push the settings once started.
    on_init = function(client)
      client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
    end,
  })
  assert(client_id, 'vim.lsp.start_client returned nil')
  assert(vim.lsp.buf_attach_client(bufnr, client_id), 'buf_attach_client failed')
  step('attached')

  -- vim.wait runs Neovim's event loop (the LSP messages) until the condition holds.
  local ready = vim.wait(wait_ms, function()
    local insecure, private = find(bufnr, 'insecure-url'), find(bufnr, 'private-address')
    return insecure ~= nil and private ~= nil and private.severity == vim.diagnostic.severity.WARN
  end, 20)
  result.diagnostics_before = simple(vim.diagnostic.get(bufnr))
  assert(ready, 'no insecure-url and private-address (as a warning) diagnostics within ' .. wait_ms .. ' ms')
  step('diagnostics')

  local client = vim.lsp.get_client_by_id(client_id)
  local target = find(bufnr, 'insecure-url')
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = target.lnum, character = target.col },
      ['end'] = { line = target.end_lnum, character = target.end_col },
    },
    -- What vim.lsp.buf.code_action() sends in 0.7: Neovim's diagnostics converted back to LSP.
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum) },
  }
  result.request_diagnostics = params.context.diagnostics

  local function code_actions(request)
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', request, wait_ms)
    assert(responses, 'no answer to textDocument/codeAction within ' .. wait_ms .. ' ms')
    return (responses[client_id] or {}).result or {}
  end
  result.actions = code_actions(params)
  step('code actions')

  -- The same request with `data` dropped, as some clients send it: the server must find the same fix.
  local without_data = vim.deepcopy(params)
  for _, d in ipairs(without_data.context.diagnostics) do d.data = nil end
  result.actions_without_data = code_actions(without_data)
  step('code actions without data')

  local chosen
  for _, action in ipairs(result.actions) do
    -- `Use https://` is unsafe (the server may not speak TLS): offered, never preferred, so chosen by its title.
    if action.title == 'Use https://' and action.edit then chosen = action break end
  end
  assert(chosen, 'no "Use https://" code action with an edit')

  -- A copy: applying annotates the edits in place, and the report must show what the server sent.
  vim.lsp.util.apply_workspace_edit(vim.deepcopy(chosen.edit), client.offset_encoding)
  result.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, true)[1]
  vim.cmd('write')
  step('applied and saved')

  local cleared = vim.wait(wait_ms, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if d.code == 'insecure-url' and d.lnum == target.lnum and d.col == target.col then return false end
    end
    return true
  end, 20)
  result.diagnostics_after = simple(vim.diagnostic.get(bufnr))
  assert(cleared, 'the insecure-url diagnostic was still there ' .. wait_ms .. ' ms after the fix')
  step('diagnostic gone')

  vim.lsp.stop_client(client_id)
end

local ok, err = pcall(run)
result.ok = ok
if not ok then result.error = tostring(err) end
finish()
